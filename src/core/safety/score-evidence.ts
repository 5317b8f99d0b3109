import type { SafetySignal } from "./types";

/** The score at which each signal is raised. A reviewed phrase rule weighs this much on its own. */
export const signalThreshold: Readonly<Record<SafetySignal, number>> = { crisis: 3, coercion: 3 };

/**
 * The weight from which evidence is "core" (a word of dying, a self-injury, an act of control). Lighter
 * evidence (a wish, despair, a partner named) only supports: it counts only beside core evidence, so
 * "I want to quit, it's too much" never adds up to a signal without a word of the signal itself.
 */
export const coreWeight = 2;

/** One piece of evidence accepted in a sentence. */
export interface WeighedEvidence {
  id: string;
  weight: number;
}

/**
 * The score of one sentence for one signal: the sum of the weights of the evidence accepted in it,
 * each id once; supporting evidence (0 < weight < coreWeight) counts only when core evidence is
 * present; counter-evidence (negative weight) always counts. O(n) in the evidence found.
 *
 * Example: `scoreEvidence([{ id: "death", weight: 2 }, { id: "wish", weight: 1 }])` is 3;
 * `scoreEvidence([{ id: "wish", weight: 1 }, { id: "despair", weight: 1 }])` is 0.
 */
export function scoreEvidence(found: readonly WeighedEvidence[]): number {
  const hasCore = found.some((e) => e.weight >= coreWeight);
  let score = 0;
  for (const { weight } of found) {
    if (weight > 0 && weight < coreWeight && !hasCore) continue;
    score += weight;
  }
  return score;
}
