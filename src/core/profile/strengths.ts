import type { ScaleScore } from "../measurement/scale-score";
import type { StrengthLevel } from "./types";

/** Level cuts on theta for Self-trust and Connection: below −0.5 growing, above +0.5 strong. */
export const STRENGTH_CUTS = { growing: -0.5, strong: 0.5 } as const;
/** Above this posterior SD a strength reading is flagged as tentative. */
export const TENTATIVE_SE = 0.5;

/** The level of a strength from its EAP estimate. O(1). Example: `strengthLevel(0)` is "steady". */
export function strengthLevel(theta: number): StrengthLevel {
  if (!Number.isFinite(theta)) throw new Error("strengthLevel requires a finite theta");
  if (theta < STRENGTH_CUTS.growing) return "growing";
  if (theta > STRENGTH_CUTS.strong) return "strong";
  return "steady";
}

/** Whether a score is too uncertain to read firmly. O(1). */
export function isTentative(score: Pick<ScaleScore, "se">): boolean {
  return score.se > TENTATIVE_SE;
}
