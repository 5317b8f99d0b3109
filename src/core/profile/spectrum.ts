import type { ScaleScore } from "../measurement/scale-score";
import { normalCdf } from "./normal-cdf";
import type { SpectrumZone } from "./types";

/** Half-width of the "balanced" zone on the difference theta_R − theta_D (half a population SD). */
export const SPECTRUM_HALF_WIDTH = 0.5;
/** The difference that reaches an end of the line; beyond it the position is clamped. */
export const SPECTRUM_REACH = 3;
/** z of an 80% two-sided interval. */
const Z80 = 1.2815515655446004;

export interface SpectrumPosition {
  zone: SpectrumZone;
  difference: number;
  se: number;
  interval: [number, number];
  position: number;
  positionInterval: [number, number];
  probabilities: Record<SpectrumZone, number>;
}

/** Maps a difference onto the line: 0 = leaning on others (Reliance far above), 1 = going it alone. */
function toLine(difference: number): number {
  return Math.min(1, Math.max(0, 0.5 - difference / (2 * SPECTRUM_REACH)));
}

/**
 * The one-line spectrum "leaning on others · balanced · going it alone", read from
 * difference = theta(Reliance) − theta(Distance) with SE √(se_R² + se_D²) (independent posteriors).
 * Zones: difference > +w leans on others, < −w goes it alone, otherwise balanced (w = 0.5); each
 * zone's probability comes from N(difference, SE²), and the reported zone is the most probable one.
 * O(1). Example: equal thetas give the zone "balanced" at position 0.5.
 */
export function spectrumPosition(
  reliance: Pick<ScaleScore, "theta" | "se">,
  distance: Pick<ScaleScore, "theta" | "se">,
): SpectrumPosition {
  const difference = reliance.theta - distance.theta;
  const se = Math.sqrt(reliance.se ** 2 + distance.se ** 2);
  if (!Number.isFinite(difference) || !Number.isFinite(se)) {
    throw new Error("spectrumPosition requires finite thetas and standard errors");
  }
  const w = SPECTRUM_HALF_WIDTH;
  const leaning = se === 0 ? (difference > w ? 1 : 0) : 1 - normalCdf((w - difference) / se);
  const alone = se === 0 ? (difference < -w ? 1 : 0) : normalCdf((-w - difference) / se);
  const probabilities: Record<SpectrumZone, number> = {
    "leaning-on-others": leaning,
    balanced: Math.max(0, 1 - leaning - alone),
    "going-it-alone": alone,
  };
  const zones: SpectrumZone[] = ["balanced", "leaning-on-others", "going-it-alone"];
  const zone = zones.reduce((best, next) => (probabilities[next] > probabilities[best] ? next : best));
  const interval: [number, number] = [difference - Z80 * se, difference + Z80 * se];
  return {
    zone,
    difference,
    se,
    interval,
    position: toLine(difference),
    // A larger difference sits further left on the line, so the interval's ends swap.
    positionInterval: [toLine(interval[1]), toLine(interval[0])],
    probabilities,
  };
}
