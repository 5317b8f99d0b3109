import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import "./trend-charts.css";

export interface WeeklyBarsProps {
  weeks: { label: string; count: number }[];
  title: string;
  description: string;
}

/** How many practices were done each week, as plain bars: a count, never a target to meet. */
export function WeeklyBars({ weeks, title, description }: WeeklyBarsProps) {
  const top = Math.max(3, ...weeks.map((w) => w.count));
  return (
    <BarChart
      className="weekly-bars"
      responsive
      width="100%"
      height={180}
      data={weeks}
      margin={{ top: 10, right: 12, bottom: 4, left: -20 }}
      role="img"
      title={title}
      desc={description}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} className="trend-grid" />
      <XAxis dataKey="label" tickMargin={6} minTickGap={16} className="trend-axis" />
      <YAxis domain={[0, top]} allowDecimals={false} className="trend-axis" />
      <Bar dataKey="count" className="weekly-bar" isAnimationActive={false} radius={[4, 4, 0, 0]} />
    </BarChart>
  );
}
