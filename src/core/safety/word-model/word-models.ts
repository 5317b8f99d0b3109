import type { Locale } from "../../locale";
import type { SafetySignal } from "../types";
import { parseWordModel, type WordModel, wordProbability } from "./train-word-model";
import { wordWeights } from "./word-weights";

/**
 * The weight the word model adds to a sentence's evidence, by the probability it gives: from 0.7 it is
 * enough on its own (3), from 0.3 it is core evidence (2) that a single supporting word completes, from
 * 0.1 it only supports (1). So the model decides borderline sentences together with the word families
 * rather than alone. Chosen on the round-by-round validation of the development files (the model alone
 * at 0.3 finds about eight in ten crisis sentences of an unseen round) and on everyday text, where a
 * lower bar raised signals on ordinary diary sentences (docs/benchmarks.md).
 */
export const wordModelWeights: readonly { from: number; weight: number }[] = [
  { from: 0.7, weight: 3 },
  { from: 0.3, weight: 2 },
  { from: 0.1, weight: 1 },
];

/** The weight of a probability (0 under the lowest step). O(steps). */
export function wordModelWeight(probability: number): number {
  return wordModelWeights.find((step) => probability >= step.from)?.weight ?? 0;
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
