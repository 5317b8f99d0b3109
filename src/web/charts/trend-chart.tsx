import { CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import "./trend-charts.css";

export interface TrendChartPoint {
  /** Short date label for the axis. */
  label: string;
  value: number | null;
  average7: number | null;
  average30: number | null;
}

export interface TrendChartProps {
  points: TrendChartPoint[];
  /** The measure's range and ticks, e.g. mood [-3, 3]. */
  domain: [number, number];
  ticks: number[];
  formatTick: (value: number) => string;
  title: string;
  description: string;
}

/**
 * One daily measure over the chosen window (Recharts, loaded only with the Insights page): each day
 * as a small dot, the 7-day average as a solid line and the 30-day average as a dashed one. Lines
 * break where there are too few days for an average, rather than inventing one.
 */
export function TrendChart({ points, domain, ticks, formatTick, title, description }: TrendChartProps) {
  return (
    <LineChart
      className="trend-chart"
      responsive
      width="100%"
      height={200}
      data={points}
      margin={{ top: 10, right: 12, bottom: 4, left: -12 }}
      role="img"
      title={title}
      desc={description}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} className="trend-grid" />
      <XAxis
        dataKey="label"
        tickMargin={6}
        minTickGap={28}
        interval="preserveStartEnd"
        className="trend-axis"
      />
      <YAxis domain={domain} ticks={ticks} tickFormatter={formatTick} width={48} className="trend-axis" />
      <Line
        type="linear"
        dataKey="value"
        className="trend-day"
        stroke="none"
        isAnimationActive={false}
        dot={(props: DotProps) => <DayDot key={props.index} {...props} />}
        activeDot={false}
      />
      <Line
        type="monotone"
        dataKey="average30"
        className="trend-average30"
        isAnimationActive={false}
        dot={false}
        activeDot={false}
      />
      <Line
        type="monotone"
        dataKey="average7"
        className="trend-average7"
        isAnimationActive={false}
        dot={false}
        activeDot={false}
      />
    </LineChart>
  );
}

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  payload?: TrendChartPoint;
}

/** A day's own value: a small dot, nothing on days not noted. */
function DayDot({ cx, cy, payload }: DotProps) {
  if (cx === undefined || cy === undefined || payload?.value == null) return <g />;
  return <circle cx={cx} cy={cy} r={2.4} className="trend-day-dot" />;
}
