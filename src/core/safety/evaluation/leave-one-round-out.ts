import type { Locale } from "../../locale";
import { type DetectorParts, detectSafetySignalsWith } from "../detect-safety-signals";
import { type SafetySignal, safetySignals } from "../types";
import { textFeatures } from "../word-model/sentence-features";
import { trainWordModel, type WordModel } from "../word-model/train-word-model";
import { trainingExamples } from "../word-model/training-examples";
import type { RoundSentence } from "./labelled-set";
import { type SignalScore, scoreSignals } from "./score-signals";

/** The word models of one language trained without one round, keyed by the round left out. */
export type RoundFolds = ReadonlyMap<number, Readonly<Record<SafetySignal, WordModel>>>;

/**
 * Trains, for each round of a development file, the word models of every signal on all the other
 * rounds and the ordinary sentences, exactly as the committed model is trained on all of them.
 * `only` limits the rounds left out (all by default). Deterministic. O(rounds × training).
 *
 * Example: with rounds 1–8, `folds.get(8).crisis` never saw a sentence of round 8.
 */
export function trainRoundFolds(
  rows: readonly RoundSentence[],
  ordinary: readonly string[],
  locale: Locale,
  only?: readonly number[],
): RoundFolds {
  const labelled = rows.map((row) => ({ features: textFeatures(row.text, locale), expected: row.expected }));
  const everyday = ordinary.map((text) => textFeatures(text, locale));
  const folds = new Map<number, Record<SafetySignal, WordModel>>();
  for (const round of new Set(rows.map((row) => row.round))) {
    if (only && !only.includes(round)) continue;
    const kept = labelled.filter((_row, i) => rows[i]?.round !== round);
    const models = Object.fromEntries(
      safetySignals.map((signal) => [signal, trainWordModel(trainingExamples(kept, everyday, signal))]),
    ) as Record<SafetySignal, WordModel>;
    folds.set(round, models);
  }
  return folds;
}

/** The whole detector's figures on one round, read with word models that never saw it. */
export interface RoundFigures {
  round: number;
  sentences: number;
  crisis: SignalScore;
  coercion: SignalScore;
  errors: { signal: SafetySignal; kind: "missed" | "false-alarm"; text: string }[];
}

/**
 * Leave-one-round-out validation of the whole detector: each round is read by the detector with
 * word models trained without it (`folds`), and the given weighing of the model's probability. The
 * phrase rules and word families stay as they are (they were written with every round in view, so
 * only the learned part is validated). O(sentences × detector).
 */
export function leaveOneRoundOut(
  rows: readonly RoundSentence[],
  locale: Locale,
  folds: RoundFolds,
  wordModelWeight: DetectorParts["wordModelWeight"],
): RoundFigures[] {
  const figures: RoundFigures[] = [];
  for (const [round, models] of folds) {
    const parts: DetectorParts = { wordModel: (_locale, signal) => models[signal], wordModelWeight };
    const inRound = rows.filter((row) => row.round === round);
    const { scores, errors } = scoreSignals(
      inRound,
      (text) => detectSafetySignalsWith(parts, text, locale).signals,
    );
    figures.push({
      round,
      sentences: inRound.length,
      crisis: scores[0] as SignalScore,
      coercion: scores[1] as SignalScore,
      errors,
    });
  }
  return figures;
}

/** Pools per-round counts into one score per signal (recall and precision over all rounds). O(rounds). */
export function poolRounds(figures: readonly RoundFigures[], signal: SafetySignal): SignalScore {
  let positives = 0;
  let truePositives = 0;
  let falsePositives = 0;
  for (const f of figures) {
    positives += f[signal].positives;
    truePositives += f[signal].truePositives;
    falsePositives += f[signal].falsePositives;
  }
  return {
    signal,
    positives,
    truePositives,
    falsePositives,
    falseNegatives: positives - truePositives,
    recall: positives === 0 ? 1 : truePositives / positives,
    precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
  };
}
