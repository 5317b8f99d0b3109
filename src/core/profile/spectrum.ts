import type { ScaleScore } from "../measurement/scale-score";
import { HIGH_CUT, rankRegions, regionProbabilities } from "./region";
import type { RegionId, SpectrumReading, SpectrumZone } from "./types";

/**
 * Where the three parts of the line start and end (0 = far "leaning on others", 1 = far "going it
 * alone"): the middle third is the balance map's balanced region.
 */
export const SPECTRUM_SEGMENTS: Record<SpectrumZone, [number, number]> = {
  "leaning-on-others": [0, 1 / 3],
  balanced: [1 / 3, 2 / 3],
  "going-it-alone": [2 / 3, 1],
};
/** How far above the "high" cut (in theta) a scale must be for the dot to reach an end of the line. */
export const SPECTRUM_REACH = 2.5;
/**
 * z of the per-scale interval whose box holds 80% of the two independent posteriors:
 * Φ⁻¹((1 + √0.8) / 2), so each side holds √0.8 ≈ 0.894.
 */
export const Z_BOX_80 = 1.6184167761559913;

/** The map's regions as the line names them: keeping distance is the line's "going it alone". */
export const readingOfRegion: Record<RegionId, SpectrumReading> = {
  balanced: "balanced",
  "leaning-on-others": "leaning-on-others",
  "keeping-distance": "going-it-alone",
  "pulled-both-ways": "pulled-both-ways",
};

export interface SpectrumPosition {
  /** What the line says: always the balance map's most probable region, in the line's words. */
  reading: SpectrumReading;
  /**
   * The part of the line the dot is in. When both pulls are likely strong the line shows no dot and
   * marks both ends; `zone` is then the end of the stronger pull.
   */
  zone: SpectrumZone;
  /** False when the reading is "pulled both ways": a single line cannot place that. */
  showsDot: boolean;
  /** Place on the line, inside `zone`'s segment. */
  position: number;
  /** The positions the dot takes over the 80% box of the two posteriors (where the line can show it). */
  positionInterval: [number, number];
  /** The map's region probabilities, named as the line names them; they sum to 1. */
  probabilities: Record<SpectrumReading, number>;
  /** theta(Reliance) − theta(Distance), for reference only: the reading does not come from it. */
  difference: number;
  /** Its standard error with independent posteriors. */
  se: number;
  /** Its 80% interval. */
  interval: [number, number];
}

const Z80 = 1.2815515655446004;
const clamp = (value: number, [low, high]: [number, number]) => Math.min(high, Math.max(low, value));
/** How far past the cut a scale is, as a share of the reach (0 at the cut, 1 at the end). */
const reach = (theta: number, cut: number) => Math.min(1, Math.max(0, (theta - cut) / SPECTRUM_REACH));

/**
 * The dot's place for scores (thetaR, thetaD) outside "both high". Leaning on others (R above the cut,
 * D not): from 1/3 towards 0 as R rises. Going it alone: from 2/3 towards 1 as D rises. Balanced (both
 * at or below the cut): the middle third, tilted towards the scale nearer its cut, reaching 1/3 when R
 * is at the cut and 2/3 when D is, so the dot moves continuously into the end it is crossing into.
 * Decreasing in thetaR and increasing in thetaD.
 */
function rawPosition(thetaR: number, thetaD: number, cut: number): number {
  const highR = thetaR > cut;
  const highD = thetaD > cut;
  if (highR && !highD) return (1 - reach(thetaR, cut)) / 3;
  if (highD && !highR) return 2 / 3 + reach(thetaD, cut) / 3;
  const marginR = cut - thetaR;
  const marginD = cut - thetaD;
  const total = marginR + marginD;
  const tilt = total === 0 ? 0 : (marginR - marginD) / total;
  return 0.5 + tilt / 6;
}

/**
 * The leftmost and rightmost places of the dot over the box [thetaR ± z·seR] × [thetaD ± z·seD],
 * leaving out its "both high" corner, which the line cannot show. The place falls with thetaR and
 * rises with thetaD, so the extremes sit at the box's corners, or where the box meets that corner.
 */
function boxRange(
  reliance: Pick<ScaleScore, "theta" | "se">,
  distance: Pick<ScaleScore, "theta" | "se">,
  cut: number,
): [number, number] | null {
  const [r1, r2] = [reliance.theta - Z_BOX_80 * reliance.se, reliance.theta + Z_BOX_80 * reliance.se];
  const [d1, d2] = [distance.theta - Z_BOX_80 * distance.se, distance.theta + Z_BOX_80 * distance.se];
  if (r1 > cut && d1 > cut) return null;
  const low = r2 > cut && d1 > cut ? rawPosition(cut, d1, cut) : rawPosition(r2, d1, cut);
  const high = r1 > cut && d2 > cut ? rawPosition(r1, cut, cut) : rawPosition(r1, d2, cut);
  return [low, high];
}

/**
 * The one-line spectrum "leaning on others · balanced · going it alone", read from the same posteriors
 * and the same "high" cut as the balance map, so the two can never disagree. The reading is the map's
 * most probable region (keeping distance is the line's "going it alone"), with the same probability;
 * when it is "pulled both ways" the line shows no dot and says so, since one line cannot place two
 * strong pulls. Otherwise the dot sits in the reading's third of the line (see `rawPosition`), with the
 * range it takes over the 80% box of the posteriors. O(1). Rules: docs/psychometrics.md, "The profile".
 *
 * Example: Reliance theta −1 and Distance theta 0 (both below the cut) read "balanced", with the dot
 * in the middle third, a little towards "going it alone".
 */
export function spectrumPosition(
  reliance: Pick<ScaleScore, "theta" | "se">,
  distance: Pick<ScaleScore, "theta" | "se">,
  cut: number = HIGH_CUT,
): SpectrumPosition {
  const { probabilities } = regionProbabilities(reliance, distance, cut);
  const reading = readingOfRegion[rankRegions(probabilities)[0]!];
  const showsDot = reading !== "pulled-both-ways";
  const zone: SpectrumZone = showsDot
    ? (reading as SpectrumZone)
    : reliance.theta - cut >= distance.theta - cut
      ? "leaning-on-others"
      : "going-it-alone";
  const segment = SPECTRUM_SEGMENTS[zone];
  const position = clamp(
    showsDot
      ? rawPosition(reliance.theta, distance.theta, cut)
      : zone === "leaning-on-others"
        ? (1 - reach(reliance.theta, cut)) / 3
        : 2 / 3 + reach(distance.theta, cut) / 3,
    segment,
  );
  const range = showsDot ? boxRange(reliance, distance, cut) : null;
  const positionInterval: [number, number] = range
    ? [Math.min(range[0], position), Math.max(range[1], position)]
    : [position, position];

  const difference = reliance.theta - distance.theta;
  const se = Math.sqrt(reliance.se ** 2 + distance.se ** 2);
  return {
    reading,
    zone,
    showsDot,
    position,
    positionInterval,
    probabilities: {
      "leaning-on-others": probabilities["leaning-on-others"],
      balanced: probabilities.balanced,
      "going-it-alone": probabilities["keeping-distance"],
      "pulled-both-ways": probabilities["pulled-both-ways"],
    },
    difference,
    se,
    interval: [difference - Z80 * se, difference + Z80 * se],
  };
}
