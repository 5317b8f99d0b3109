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
 * The steps of a weighing: the model is enough alone (3) from `alone`, core evidence (2) from `core`,
 * support (1) from `support`. O(1). Example: `weighingSteps(0.7, 0.3, 0.1)[1]` is `{ from: 0.3, weight: 2 }`.
 */
export function weighingSteps(alone: number, core: number, support: number): WordModelStep[] {
  return [
    { from: alone, weight: 3 },
    { from: core, weight: 2 },
    { from: support, weight: 1 },
  ];
}

/**
 * The weight the word model adds to a sentence's evidence, by the probability it gives, per language
 * and signal: from the highest step it is enough on its own (3), from the middle one it is core evidence
 * (2) that a single supporting word completes, from the lowest it only supports (1). So the model decides
 * borderline sentences together with the word families rather than alone.
 *
 * Crisis: chosen per language by `chooseWordModelSteps` (evaluation/choose-word-model-steps.ts) on
 * leave-one-round-out validation of the whole detector (`npm run bench:safety -- --tune`,
 * docs/benchmarks.md), among the weighings that leave the demo journal quiet and keep precision ≥ 0.85
 * on rounds 7+: in English none reaches 0.95 recall there, so the rule takes the highest recall; in
 * French some do, so it takes the most precise of them.
 * Each language has its own model, so its own weighing since rounds 27–31 (one shared weighing until
 * then, last 0.6 / 0.1 / 0.02). Since rounds 38–44 joined: English 0.7 / 0.15 / 0.03 (rounds 7+ 0.944,
 * precision 0.868); French 0.6 / 0.4 / 0.1 (rounds 7+ 0.950, precision 0.896). Before them, 0.7 / 0.25
 * / 0.02 and 0.6 / 0.3 / 0.15.
 * Coercion: the earlier steps, which already reach its aim on that validation.
 */
const coercionSteps = weighingSteps(0.7, 0.3, 0.1);

export const wordModelWeights: Readonly<
  Record<Locale, Readonly<Record<SafetySignal, readonly WordModelStep[]>>>
> = {
  en: { crisis: weighingSteps(0.7, 0.15, 0.03), coercion: coercionSteps },
  fr: { crisis: weighingSteps(0.6, 0.4, 0.1), coercion: coercionSteps },
};

/**
 * From this probability the word model counts even where the reviewed layer set the signal's core
 * evidence aside by a judgement that reads a word or two (negation, someone else, an accident, not a
 * partner: detect-safety-signals.ts) or the sentence names a film, a book or the news. In French those
 * judgements silenced many sentences the model reads rightly ("ma dépression est revenue et avec elle
 * l'envie de mourir" was set aside as someone else's). Leave-one-round-out with rounds up to 31,
 * rounds 7+, crisis recall en / fr (precision unchanged within 0.002), overruling every judgement:
 * never 0.929 / 0.936, from 0.95 0.935 / 0.954, 0.9 0.935 / 0.956, 0.8 0.936 / 0.957, 0.6 0.936 /
 * 0.957; 0.9 is where the gain stops. With the final list of judgements and the media part at 0.9:
 * crisis 0.937 / 0.959 (precision 0.891 / 0.880), coercion 0.942 / 0.931 (was 0.878 / 0.862).
 */
export const overrulingProbability = 0.9;

/** The weight of a probability under some steps (0 under the lowest step). O(steps). */
export function stepWeight(steps: readonly WordModelStep[], probability: number): number {
  return steps.find((step) => probability >= step.from)?.weight ?? 0;
}

/** The weight of a probability for a signal in a language, by the committed steps. O(steps). */
export function wordModelWeight(probability: number, signal: SafetySignal, locale: Locale): number {
  return stepWeight(wordModelWeights[locale][signal], probability);
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
