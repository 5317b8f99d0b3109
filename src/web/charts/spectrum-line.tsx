import { useId } from "react";

export interface SpectrumLineProps {
  /** 0 = far "leaning on others", 1 = far "going it alone". */
  position: number;
  /** The 80% interval on the same line. */
  interval: [number, number];
  /** Where the balanced middle zone starts and ends on the line. */
  middle: [number, number];
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
 * The one-line view: a line from "leaning on others" through "balanced" to "going it alone", the middle
 * zone shaded, the likely range as a thick segment and the position as a dot. The zone names are
 * written under the line in HTML so they wrap on narrow screens.
 */
export function SpectrumLine({ position, interval, middle, labels, title, description }: SpectrumLineProps) {
  const id = useId();
  return (
    <div className="spectrum">
      <svg
        viewBox={`0 0 ${width} 48`}
        className="spectrum-svg"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        focusable="false"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <rect
          x={at(middle[0])}
          y={lineY - 12}
          width={at(middle[1]) - at(middle[0])}
          height={24}
          rx={6}
          className="spectrum-middle"
        />
        <line x1={left} x2={right} y1={lineY} y2={lineY} className="spectrum-track" />
        <line x1={at(interval[0])} x2={at(interval[1])} y1={lineY} y2={lineY} className="spectrum-range" />
        <circle cx={at(position)} cy={lineY} r={8} className="spectrum-dot" />
      </svg>
      <div className="spectrum-labels" aria-hidden="true">
        <span>{labels[0]}</span>
        <span>{labels[1]}</span>
        <span>{labels[2]}</span>
      </div>
    </div>
  );
}
