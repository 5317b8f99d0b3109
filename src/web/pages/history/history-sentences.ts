import type { ScaleId } from "../../../core/inventory/types";
import { reliableChange } from "../../../core/measurement/reliable-change";
import type { ScaleScore } from "../../../core/measurement/scale-score";
import type { AssessmentSummary } from "../../api/types";

/** One scale's step from one check to the next, with whether it is larger than the measurement's noise. */
export interface ScaleStep {
  fromDate: string;
  toDate: string;
  from: number;
  to: number;
  /** "up" / "down" for a reliable change (|z| ≥ 1.96), "noise" otherwise. */
  kind: "up" | "down" | "noise";
  z: number;
}

/** The checks of one scale in time order, each with its step from the check before (null for the first). */
export interface ScaleTimeline {
  scale: ScaleId;
  points: { id: string; date: string; score: ScaleScore; step: ScaleStep | null }[];
}

/**
 * Builds every scale's timeline from the finished checks, using the core's reliable change index (IRT
 * form, z = Δθ / √(SE₁² + SE₂²), Jacobson & Truax's 1.96) so the page and the practitioner read the same
 * verdict. O(checks × scales).
 */
export function scaleTimelines(
  checks: readonly Pick<AssessmentSummary, "id" | "finishedAt" | "scores">[],
  scales: readonly ScaleId[],
): ScaleTimeline[] {
  const ordered = [...checks].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
  return scales.map((scale) => {
    const points: ScaleTimeline["points"] = [];
    for (const check of ordered) {
      const score = check.scores.find((s) => s.scale === scale);
      if (!score) continue;
      const previous = points.at(-1);
      let step: ScaleStep | null = null;
      if (previous && previous.score.se > 0 && score.se > 0) {
        const change = reliableChange(previous.score, score);
        const real = change.class !== "no-change";
        step = {
          fromDate: previous.date,
          toDate: check.finishedAt,
          from: previous.score.tScore,
          to: score.tScore,
          kind: real ? (change.irt.difference > 0 ? "up" : "down") : "noise",
          z: change.irt.z,
        };
      }
      points.push({ id: check.id, date: check.finishedAt, score, step });
    }
    return { scale, points };
  });
}

/**
 * Which sentence tells a step: a real change up or down, a move within the noise, or, when the rounded
 * T-scores are the same, that the score stayed where it was ("moved from 50 to 50" reads oddly). O(1).
 */
export function sentenceFor(
  step: ScaleStep,
): "sentenceUp" | "sentenceDown" | "sentenceNoise" | "sentenceSame" {
  if (step.kind === "up") return "sentenceUp";
  if (step.kind === "down") return "sentenceDown";
  return Math.round(step.from) === Math.round(step.to) ? "sentenceSame" : "sentenceNoise";
}
