import { useId } from "react";

export interface SpectrumLineProps {
  /** 0 = far "leaning on others", 1 = far "going it alone". */
  position: number;
  /** Where the dot is likely to be, on the same line. */
  interval: [number, number];
  /** Where the balanced middle starts and ends on the line (the map's balanced region). */
  middle: [number, number];
  /**
   * False when both pulls are likely strong: a line cannot place that, so it marks both ends instead of
   * putting a dot anywhere (the balance map shows it).
   */
  showsDot: boolean;
  labels: [string, string, string];
  title: string;
  description: string;
}

const width = 320;
const left = 14;
const right = 306;
const lineY = 26;
const at = (p: number) => left + Math.min(1, Math.max(0, p)) * (right - left);

/**
 * The one-line view: a line from "leaning on others" through "balanced" to "going it alone", its three
 * parts tinted like the balance map's regions, the likely range as a thick segment and the position as
 * a dot; or, when both pulls are strong, both ends marked with outward arrows and no dot. The zone
 * names are written under the line in HTML so they wrap on narrow screens.
 */
export function SpectrumLine({
  position,
  interval,
  middle,
  showsDot,
  labels,
  title,
  description,
}: SpectrumLineProps) {
  const id = useId();
  const [a, b] = [at(middle[0]), at(middle[1])];
  return (
    <div className="spectrum">
      <svg
        viewBox={`0 0 ${width} 52`}
        className={`spectrum-svg${showsDot ? "" : " spectrum-both"}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        focusable="false"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <rect x={left} y={lineY - 12} width={a - left} height={24} rx={6} className="spectrum-part-leaning" />
        <rect x={a} y={lineY - 12} width={b - a} height={24} className="spectrum-middle" />
        <rect x={b} y={lineY - 12} width={right - b} height={24} rx={6} className="spectrum-part-alone" />
        <line x1={left} x2={right} y1={lineY} y2={lineY} className="spectrum-track" />
        <line x1={a} x2={a} y1={lineY - 12} y2={lineY + 12} className="spectrum-border" />
        <line x1={b} x2={b} y1={lineY - 12} y2={lineY + 12} className="spectrum-border" />
        {showsDot ? (
          <>
            <line
              x1={at(interval[0])}
              x2={at(interval[1])}
              y1={lineY}
              y2={lineY}
              className="spectrum-range"
            />
            <circle cx={at(position)} cy={lineY} r={8} className="spectrum-dot" />
          </>
        ) : (
          <g className="spectrum-pulls">
            <line x1={left + 8} x2={a - 6} y1={lineY} y2={lineY} className="spectrum-pull" />
            <path d={`M ${left + 2} ${lineY} l 10 -7 v 14 z`} className="spectrum-arrow" />
            <line x1={b + 6} x2={right - 8} y1={lineY} y2={lineY} className="spectrum-pull" />
            <path d={`M ${right - 2} ${lineY} l -10 -7 v 14 z`} className="spectrum-arrow" />
          </g>
        )}
      </svg>
      <div className="spectrum-labels" aria-hidden="true">
        <span>{labels[0]}</span>
        <span>{labels[1]}</span>
        <span>{labels[2]}</span>
      </div>
    </div>
  );
}
