import { type SafetySignal, safetySignals } from "../types";
import type { LabelledSentence } from "./labelled-set";

/** Counts and rates for one signal over a set of sentences. */
export interface SignalScore {
  signal: SafetySignal;
  /** Sentences that carry the signal. */
  positives: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** truePositives / positives (1 when there are no positives). */
  recall: number;
  /** truePositives / (truePositives + falsePositives) (1 when nothing was flagged). */
  precision: number;
}

/** A sentence the detector got wrong for one signal (for the development part only). */
export interface SignalError {
  signal: SafetySignal;
  kind: "missed" | "false-alarm";
  text: string;
}

/**
 * Recall and precision of a detector for each signal, each sentence judged per signal (a sentence
 * labelled crisis+coercion counts once for each). O(n) calls of `detect`.
 */
export function scoreSignals(
  rows: readonly LabelledSentence[],
  detect: (text: string) => readonly SafetySignal[],
): { scores: SignalScore[]; errors: SignalError[] } {
  const errors: SignalError[] = [];
  const counts = new Map(safetySignals.map((s) => [s, { positives: 0, tp: 0, fp: 0, fn: 0 }]));
  for (const row of rows) {
    const found = detect(row.text);
    for (const signal of safetySignals) {
      const count = counts.get(signal) as { positives: number; tp: number; fp: number; fn: number };
      const expected = row.expected.includes(signal);
      const flagged = found.includes(signal);
      if (expected) count.positives++;
      if (expected && flagged) count.tp++;
      if (!expected && flagged) {
        count.fp++;
        errors.push({ signal, kind: "false-alarm", text: row.text });
      }
      if (expected && !flagged) {
        count.fn++;
        errors.push({ signal, kind: "missed", text: row.text });
      }
    }
  }
  const scores = safetySignals.map((signal) => {
    const c = counts.get(signal) as { positives: number; tp: number; fp: number; fn: number };
    return {
      signal,
      positives: c.positives,
      truePositives: c.tp,
      falsePositives: c.fp,
      falseNegatives: c.fn,
      recall: c.positives === 0 ? 1 : c.tp / c.positives,
      precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
    };
  });
  return { scores, errors };
}
