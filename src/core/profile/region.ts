import type { ScaleScore } from "../measurement/scale-score";
import { probabilityAbove } from "./normal-cdf";
import type { Certainty, RegionId } from "./types";

/**
 * Where "high" starts on Reliance and Distance: theta 0.5 (T-score 55), about the top 31% of the
 * reference population. Provisional, like the parameters; see docs/psychometrics.md.
 */
export const HIGH_CUT = 0.5;

/** Thresholds on the most probable region's probability for the certainty wording. */
export const CERTAINTY_CUTS = { clear: 0.8, likely: 0.5 } as const;

export interface RegionProbabilities {
  probabilities: Record<RegionId, number>;
  highProbability: { reliance: number; distance: number };
}

/**
 * Probability of each balance-map region from the posteriors of Reliance and Distance, treated as
 * independent normals N(theta, se²) (each scale is scored on its own items): with
 * r = P(theta_R > cut) and s = P(theta_D > cut), balanced = (1−r)(1−s), leaning on others = r(1−s),
 * keeping distance = (1−r)s, pulled both ways = rs. They sum to 1. O(1).
 *
 * Example: `regionProbabilities({ theta: 0.5, se: 0.3 }, { theta: -2, se: 0.3 })` gives about 0.5
 * to balanced and 0.5 to leaning on others.
 */
export function regionProbabilities(
  reliance: Pick<ScaleScore, "theta" | "se">,
  distance: Pick<ScaleScore, "theta" | "se">,
  cut: number = HIGH_CUT,
): RegionProbabilities {
  for (const [name, score] of [
    ["reliance", reliance],
    ["distance", distance],
  ] as const) {
    if (!Number.isFinite(score.theta)) throw new Error(`regionProbabilities requires a finite ${name} theta`);
    if (!(score.se >= 0) || !Number.isFinite(score.se)) {
      throw new Error(`regionProbabilities requires a finite ${name} se ≥ 0`);
    }
  }
  const r = probabilityAbove(reliance.theta, reliance.se, cut);
  const s = probabilityAbove(distance.theta, distance.se, cut);
  return {
    probabilities: {
      balanced: (1 - r) * (1 - s),
      "leaning-on-others": r * (1 - s),
      "keeping-distance": (1 - r) * s,
      "pulled-both-ways": r * s,
    },
    highProbability: { reliance: r, distance: s },
  };
}

/** Regions sorted from most to least probable; ties keep the map's order. O(1). */
export function rankRegions(probabilities: Record<RegionId, number>): RegionId[] {
  const order: RegionId[] = ["balanced", "leaning-on-others", "keeping-distance", "pulled-both-ways"];
  return [...order].sort((x, y) => probabilities[y] - probabilities[x]);
}

/** How firmly the answers point to the most probable region. O(1). */
export function certaintyOf(topProbability: number): Certainty {
  if (topProbability >= CERTAINTY_CUTS.clear) return "clear";
  if (topProbability >= CERTAINTY_CUTS.likely) return "likely";
  return "uncertain";
}
