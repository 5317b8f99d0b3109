import type { Locale } from "../locale";
import type { DetectorParts } from "./detect-safety-signals";
import { scoreEvidence, signalThreshold } from "./score-evidence";
import type { SafetyDetection, SafetySignal } from "./types";
import { NumberSet } from "./word-model/number-set";
import { probabilityOfScore } from "./word-model/train-word-model";

/** The parts of words of the run being read, kept between texts (read-whole-text is on the hot path). */
const grams = new NumberSet();

/** The evidence one of the writer's own sentences gave, per signal, and the word-model features it has. */
export interface OwnSentence {
  features: readonly string[];
  /** The parts of its words, by number (word-model/word-grams.ts). */
  grams: readonly number[];
  found: Record<SafetySignal, Map<string, number>>;
}

/** What the sentences of one text told in the writer's own words, gathered to read neighbours together. */
export interface WholeText {
  sentences: OwnSentence[];
  /** Signals whose core evidence the reviewed context set aside in some sentence of the text. */
  judged: Set<SafetySignal>;
  add(
    features: readonly string[],
    grams: readonly number[],
    found: Record<SafetySignal, Map<string, number>>,
  ): void;
}

/** An empty gathering for one text and language. */
export function wholeText(): WholeText {
  const sentences: OwnSentence[] = [];
  return {
    sentences,
    judged: new Set(),
    add: (features, grams, found) => sentences.push({ features, grams, found }),
  };
}

/** How many neighbouring sentences are read together: a deed and its meaning are often told apart. */
export const neighbourWindow = 3;

/**
 * Only crisis is read across sentences: farewells and plans are told in pieces, while coercion read
 * that way raised false alarms on everyday notes about a partner (leave-one-round-out, demo journal).
 */
export const neighbourSignals: readonly SafetySignal[] = ["crisis"];

/**
 * Reads neighbouring sentences of the writer together, for the signals no single sentence raised:
 * "Gave my guitar to a friend today. Won't be needing it." tells a farewell across two sentences.
 * For each run of up to `neighbourWindow` consecutive own sentences, the evidence of each family
 * counts once (its largest weight), and the word model reads the words of the run as it was trained
 * (on whole labelled texts); the run raises the signal when its score reaches the threshold. The
 * window stays short so a long journal entry does not add up unrelated words. Silent for a signal
 * whose core evidence the reviewed context set aside anywhere in the text ("my friend wants to die.
 * I'm worried"). Pushes the matches of the first run that reaches the threshold, the word model as
 * `<locale>.<signal>.word-model-neighbours`. O(sentences × window × evidence).
 *
 * Example: with the committed parts, the two sentences above raise `crisis`, each alone does not.
 */
export function readNeighbours(
  whole: WholeText,
  locale: Locale,
  parts: DetectorParts,
  detection: SafetyDetection,
): void {
  const { sentences } = whole;
  if (sentences.length < 2) return;
  for (const signal of neighbourSignals) {
    if (whole.judged.has(signal)) continue;
    if (detection.matches.some((m) => m.signal === signal)) continue;
    const model = parts.wordModel(locale, signal);
    const modelId = `${locale}.${signal}.word-model`;
    search: for (let first = 0; first < sentences.length - 1; first++) {
      // The model's sum over the run's features, each counted once, grown one sentence at a time: only
      // the features the model weighs are remembered (the same sum as reading the run afresh).
      const words = new Set<string>();
      grams.clear();
      let score = model.bias;
      const gather = ({ features, grams: codes }: OwnSentence) => {
        for (const feature of features) {
          const weight = model.words.get(feature);
          if (weight === undefined || words.has(feature)) continue;
          words.add(feature);
          score += weight;
        }
        for (const code of codes) {
          const weight = model.grams.get(code);
          if (weight !== undefined && grams.add(code)) score += weight;
        }
      };
      gather(sentences[first] as OwnSentence);
      for (let last = first + 1; last < Math.min(sentences.length, first + neighbourWindow); last++) {
        gather(sentences[last] as OwnSentence);
        const run = sentences.slice(first, last + 1);
        const merged = new Map<string, number>();
        for (const sentence of run)
          for (const [id, weight] of sentence.found[signal]) {
            if (id !== modelId) merged.set(id, Math.max(merged.get(id) ?? weight, weight));
          }
        const weight = parts.wordModelWeight(probabilityOfScore(score), signal, locale);
        if (weight > 0) merged.set(modelId, weight);
        const list = [...merged].map(([id, w]) => ({ id, weight: w }));
        if (scoreEvidence(list) < signalThreshold[signal]) continue;
        for (const { id, weight: w } of list) {
          if (w > 0) detection.matches.push({ rule: id === modelId ? `${id}-neighbours` : id, signal });
        }
        break search;
      }
    }
  }
}
