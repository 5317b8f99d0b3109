import { useId } from "react";

export interface ScaleBandRow {
  name: string;
  tScore: number;
  tBand: [number, number];
}

export interface ScaleBandsProps {
  rows: ScaleBandRow[];
  title: string;
  description: string;
}

const low = 20;
const high = 80;
const left = 8;
const right = 312;
const rowHeight = 58;
const x = (t: number) => left + ((Math.min(high, Math.max(low, t)) - low) / (high - low)) * (right - left);

/**
 * The four scales as T-scores on a common axis (20–80), each with its uncertainty band as a bar and
 * its estimate as a dot; the usual range 40–60 is shaded and 50 marked. Names and values are written
 * on each row, so nothing depends on colour.
 */
export function ScaleBands({ rows, title, description }: ScaleBandsProps) {
  const id = useId();
  const height = rows.length * rowHeight + 22;
  return (
    <svg
      viewBox={`0 0 320 ${height}`}
      className="scale-bands"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      focusable="false"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <rect x={x(40)} y={0} width={x(60) - x(40)} height={rows.length * rowHeight} className="bands-usual" />
      <line x1={x(50)} x2={x(50)} y1={0} y2={rows.length * rowHeight} className="bands-mean" />
      {rows.map((row, index) => {
        const base = index * rowHeight;
        return (
          <g key={row.name} className="bands-row">
            <text x={left} y={base + 18} className="bands-name">
              {row.name}
            </text>
            <text x={right} y={base + 18} textAnchor="end" className="bands-value">
              {Math.round(row.tScore)}
            </text>
            <line x1={left} x2={right} y1={base + 38} y2={base + 38} className="bands-track" />
            <rect
              x={x(row.tBand[0])}
              y={base + 32}
              width={Math.max(2, x(row.tBand[1]) - x(row.tBand[0]))}
              height={12}
              rx={6}
              className="bands-band"
            />
            <circle cx={x(row.tScore)} cy={base + 38} r={6} className="bands-dot" />
          </g>
        );
      })}
      {[20, 30, 40, 50, 60, 70, 80].map((t) => (
        <text key={t} x={x(t)} y={height - 4} textAnchor="middle" className="bands-tick">
          {t}
        </text>
      ))}
    </svg>
  );
}
