import type { ScaleId } from "../inventory/types";
import type { ScaleScore } from "../measurement/scale-score";

/**
 * A scale score built from theta and se alone, for tests and examples: T-score 50 + 10·theta with a
 * ±1.96·se band. O(1). Example: `scaleScore("reliance", 1, 0.3).tScore` is 60.
 */
export function scaleScore(scale: ScaleId, theta: number, se: number, answered = 8): ScaleScore {
  return {
    scale,
    theta,
    se,
    tScore: 50 + 10 * theta,
    tBand: [50 + 10 * (theta - 1.96 * se), 50 + 10 * (theta + 1.96 * se)],
    classical: answered > 0 ? Math.min(5, Math.max(1, 3 + theta)) : null,
    answered,
  };
}

/** The four scores at once, in the usual order. */
export function fourScores(
  thetas: Record<ScaleId, number>,
  se: number | Record<ScaleId, number> = 0.3,
): ScaleScore[] {
  const seOf = (scale: ScaleId) => (typeof se === "number" ? se : se[scale]);
  return (["reliance", "distance", "self-trust", "connection"] as const).map((scale) =>
    scaleScore(scale, thetas[scale], seOf(scale)),
  );
}
