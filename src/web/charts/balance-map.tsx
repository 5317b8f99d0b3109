import { useId } from "react";
import type { RegionId } from "../../core/profile/types";
import { wrapWords } from "./wrap-words";

export interface BalanceMapProps {
  reliance: { tScore: number; tBand: [number, number] };
  distance: { tScore: number; tBand: [number, number] };
  /** Where "high" starts, as a T-score (the profile's cut). */
  cut: number;
  regionNames: Record<RegionId, string>;
  /** The most probable region, drawn with a heavier outline. */
  region: RegionId;
  title: string;
  description: string;
  axisReliance: string;
  axisDistance: string;
  youLabel: string;
}

// T-scores shown on both axes; positions outside are drawn at the edge.
const low = 20;
const high = 80;
const size = 320;
const left = 40;
const right = 310;
const top = 10;
const bottom = 280;

const x = (t: number) => left + ((Math.min(high, Math.max(low, t)) - low) / (high - low)) * (right - left);
const y = (t: number) => bottom - ((Math.min(high, Math.max(low, t)) - low) / (high - low)) * (bottom - top);

/**
 * The balance map, hand-drawn in SVG: Reliance across, Distance up, both from T 20 to 80. The four
 * regions are named in place (not only coloured); the person's position is a dot with "You", and the
 * dashed ellipse spans the uncertainty bands of both scores.
 */
export function BalanceMap(props: BalanceMapProps) {
  const { reliance, distance, cut, regionNames, region, title, description } = props;
  const id = useId();
  const cx = x(cut);
  const cy = y(cut);
  // A score beyond the axes sits just inside the frame, so the whole dot stays visible.
  const inset = 8;
  const px = Math.min(right - inset, Math.max(left + inset, x(reliance.tScore)));
  const py = Math.min(bottom - inset, Math.max(top + inset, y(distance.tScore)));
  const rx = Math.max(2, (x(reliance.tBand[1]) - x(reliance.tBand[0])) / 2);
  const ry = Math.max(2, (y(distance.tBand[0]) - y(distance.tBand[1])) / 2);
  const ex = (x(reliance.tBand[1]) + x(reliance.tBand[0])) / 2;
  const ey = (y(distance.tBand[0]) + y(distance.tBand[1])) / 2;
  const ticks = [30, 40, 50, 60, 70];
  const quadrants: {
    id: RegionId;
    x: number;
    y: number;
    w: number;
    h: number;
    tx: number;
    ty: number;
    anchor: "start" | "end";
  }[] = [
    {
      id: "balanced",
      x: left,
      y: cy,
      w: cx - left,
      h: bottom - cy,
      tx: left + 8,
      ty: bottom - 10,
      anchor: "start",
    },
    {
      id: "leaning-on-others",
      x: cx,
      y: cy,
      w: right - cx,
      h: bottom - cy,
      tx: right - 8,
      ty: bottom - 10,
      anchor: "end",
    },
    {
      id: "keeping-distance",
      x: left,
      y: top,
      w: cx - left,
      h: cy - top,
      tx: left + 8,
      ty: top + 20,
      anchor: "start",
    },
    {
      id: "pulled-both-ways",
      x: cx,
      y: top,
      w: right - cx,
      h: cy - top,
      tx: right - 8,
      ty: top + 20,
      anchor: "end",
    },
  ];
  // Keep the "You" label inside the drawing, and clear of the region names along the top edge.
  const labelRight = px < right - 50;
  const labelBelow = py < top + 40;

  return (
    <svg
      className="balance-map"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      focusable="false"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {quadrants.map((q) => (
        <g key={q.id} className={`map-region region-${q.id}${q.id === region ? " region-current" : ""}`}>
          <rect x={q.x} y={q.y} width={q.w} height={q.h} />
          <RegionLabel
            lines={wrapWords(regionNames[q.id], Math.max(8, Math.floor((q.w - 12) / 6.4)))}
            x={q.tx}
            y={q.ty}
            anchor={q.anchor}
            fromBottom={q.y !== top}
          />
        </g>
      ))}
      {ticks.map((t) => (
        <g key={t} className="map-grid">
          <line x1={x(t)} x2={x(t)} y1={top} y2={bottom} />
          <line x1={left} x2={right} y1={y(t)} y2={y(t)} />
          <text x={x(t)} y={bottom + 14} textAnchor="middle" className="map-tick">
            {t}
          </text>
          <text x={left - 6} y={y(t) + 4} textAnchor="end" className="map-tick">
            {t}
          </text>
        </g>
      ))}
      <rect x={left} y={top} width={right - left} height={bottom - top} className="map-frame" />
      <line x1={cx} x2={cx} y1={top} y2={bottom} className="map-cut" />
      <line x1={left} x2={right} y1={cy} y2={cy} className="map-cut" />
      <text x={(left + right) / 2} y={size - 6} textAnchor="middle" className="map-axis">
        {props.axisReliance}
      </text>
      <text
        x={12}
        y={(top + bottom) / 2}
        textAnchor="middle"
        className="map-axis"
        transform={`rotate(-90 12 ${(top + bottom) / 2})`}
      >
        {props.axisDistance}
      </text>
      <ellipse cx={ex} cy={ey} rx={rx} ry={ry} className="map-uncertainty" />
      <circle cx={px} cy={py} r={7} className="map-you" />
      <text
        x={labelRight ? px + 12 : px - 12}
        y={labelBelow ? py + 22 : py - 10}
        textAnchor={labelRight ? "start" : "end"}
        className="map-you-label"
      >
        {props.youLabel}
      </text>
    </svg>
  );
}

/** A region's name, wrapped to fit its quadrant; bottom labels grow upwards from the edge. */
function RegionLabel(props: {
  lines: string[];
  x: number;
  y: number;
  anchor: "start" | "end";
  fromBottom: boolean;
}) {
  const lineHeight = 14;
  const first = props.fromBottom ? props.y - (props.lines.length - 1) * lineHeight : props.y;
  return (
    <text x={props.x} y={first} textAnchor={props.anchor} className="map-region-label">
      {props.lines.map((line, index) => (
        <tspan key={line} x={props.x} dy={index === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
