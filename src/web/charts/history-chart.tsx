import { CartesianGrid, Line, LineChart, ReferenceArea, useYAxisScale, XAxis, YAxis } from "recharts";

export interface HistoryPoint {
  /** Short date label for the axis. */
  label: string;
  tScore: number;
  low: number;
  high: number;
  /** True when this point is a reliable change from the one before. */
  real: boolean;
}

export interface HistoryChartProps {
  points: HistoryPoint[];
  title: string;
  description: string;
}

/**
 * One scale's T-scores over time (Recharts, loaded only with the History page): the usual range 40–60
 * shaded, each check a dot with its uncertainty band as a vertical bar, and a ring around the dots that
 * are a reliable change from the check before (the sentences under the chart say the same in words).
 */
export function HistoryChart({ points, title, description }: HistoryChartProps) {
  return (
    <LineChart
      className="history-chart"
      responsive
      width="100%"
      height={220}
      data={points}
      margin={{ top: 12, right: 16, bottom: 4, left: -16 }}
      role="img"
      title={title}
      desc={description}
      accessibilityLayer={false}
    >
      <ReferenceArea y1={40} y2={60} ifOverflow="extendDomain" />
      <CartesianGrid vertical={false} className="history-grid" />
      <XAxis dataKey="label" tickMargin={6} className="history-axis" />
      <YAxis domain={[20, 80]} ticks={[20, 30, 40, 50, 60, 70, 80]} className="history-axis" />
      <Line
        type="linear"
        dataKey="tScore"
        className="history-line"
        isAnimationActive={false}
        dot={(props: DotProps) => <HistoryDot key={props.index} {...props} />}
        activeDot={false}
      />
    </LineChart>
  );
}

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  payload?: HistoryPoint;
}

/** A check: its dot, its uncertainty band as a vertical bar, and a ring when it is a real change. */
function HistoryDot({ cx, cy, payload }: DotProps) {
  const yScale = useYAxisScale();
  if (cx === undefined || cy === undefined || !payload) return <g />;
  const top = yScale?.(payload.high) ?? cy;
  const bottom = yScale?.(payload.low) ?? cy;
  return (
    <g className="history-dot">
      <line x1={cx} x2={cx} y1={top} y2={bottom} className="history-band" />
      <circle cx={cx} cy={cy} r={5} className="history-point" />
      {payload.real ? <circle cx={cx} cy={cy} r={10} className="history-ring" /> : null}
    </g>
  );
}
