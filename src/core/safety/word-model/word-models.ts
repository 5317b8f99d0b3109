import type { Locale } from "../../locale";
import type { SafetySignal } from "../types";
import { parseWordModel, type WordModel, wordProbability } from "./train-word-model";
import { wordWeights } from "./word-weights";

/** One step of the word model's weighing: from this probability, this weight. */
export interface WordModelStep {
  from: number;
  weight: number;
}

/**
 * The weight the word model adds to a sentence's evidence, by the probability it gives, per signal:
 * from the highest step it is enough on its own (3), from the middle one it is core evidence (2) that
 * a single supporting word completes, from the lowest it only supports (1). So the model decides
 * borderline sentences together with the word families rather than alone.
 *
 * Crisis: chosen by `chooseWordModelSteps` (evaluation/choose-word-model-steps.ts) on leave-one-round-out
 * validation of the whole detector: the weighing that reaches 0.95 crisis recall in both languages on
 * the held-out rounds at the smallest cost in precision, with the demo journal quiet
 * (`npm run bench:safety -- --tune`, docs/benchmarks.md). No weighing reaches the target on rounds
 * 7+, and the rule takes the highest recall there among those that leave the demo journal quiet and
 * keep precision ≥ 0.85 on those rounds: with the parts of words and round 14, 0.8 / 0.1 / 0.02; with
 * rounds 16 and 17, 0.8 / 0.1 / 0.03; with round 18 and 100 training passes, 0.8 / 0.1 / 0.02 again;
 * with rounds 20, 21 (French) and 22 (English), 0.7 / 0.1 / 0.02; with rounds 23, 24 (French) and 25
 * (English), 0.6 / 0.1 / 0.02.
 * Coercion: the earlier steps, which already
 * reach its aim on that validation.
 */
export const wordModelWeights: Readonly<Record<SafetySignal, readonly WordModelStep[]>> = {
  crisis: [
    { from: 0.6, weight: 3 },
    { from: 0.1, weight: 2 },
    { from: 0.02, weight: 1 },
  ],
  coercion: [
    { from: 0.7, weight: 3 },
    { from: 0.3, weight: 2 },
    { from: 0.1, weight: 1 },
  ],
};

/** The weight of a probability under some steps (0 under the lowest step). O(steps). */
export function stepWeight(steps: readonly WordModelStep[], probability: number): number {
  return steps.find((step) => probability >= step.from)?.weight ?? 0;
}

/** The weight of a probability for a signal, by the committed steps. O(steps). */
export function wordModelWeight(probability: number, signal: SafetySignal): number {
  return stepWeight(wordModelWeights[signal], probability);
}

const models = new Map<string, WordModel>();

/** The trained word model of a language and signal, parsed on first use and shared. O(size) once. */
export function wordModel(locale: Locale, signal: SafetySignal): WordModel {
  const key = `${locale}.${signal}`;
  const cached = models.get(key);
  if (cached) return cached;
  const model = parseWordModel(wordWeights[locale][signal]);
  models.set(key, model);
  return model;
}

/**
 * For review only (it returns words of the text, so its result must never be stored): the features
 * of a sentence that moved the model most, with their weights, heaviest first. O(n log n).
 */
export function explainWords(
  model: WordModel,
  features: readonly string[],
  count = 8,
): { probability: number; features: { feature: string; weight: number }[] } {
  const weighed = features
    .map((feature) => ({ feature, weight: model.weights.get(feature) ?? 0 }))
    .filter((f) => f.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, count);
  return { probability: wordProbability(model, features), features: weighed };
}
