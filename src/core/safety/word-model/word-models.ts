import type { Locale } from "../../locale";
import type { SafetySignal } from "../types";
import { parseWordModel, type WordModel, wordProbability } from "./train-word-model";
import { wordWeights } from "./word-weights";

/**
 * The probability from which the word model raises a signal when the sentence also holds a word of
 * the signal's families (a wish, despair, a partner named…). Chosen for recall by leave-one-round-out
 * validation on the development files (each round written in new words after the previous ones): at
 * 0.1 the model alone finds about 95% of the crisis sentences of a round it was not trained on (0.948
 * English, 0.965 French) with about one false alarm in five; asking for a word of the families as well
 * roughly halves those false alarms. docs/benchmarks.md has the figures and the command.
 */
export const wordModelThreshold = 0.1;

/** The probability from which the word model raises a signal on its own, with no word of the families. */
export const wordModelAlone = 0.5;

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
