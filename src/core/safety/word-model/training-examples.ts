import type { SafetySignal } from "../types";
import type { TrainingExample } from "./train-word-model";

/** A labelled development sentence, already read into features. */
export interface LabelledFeatures {
  features: readonly string[];
  expected: readonly SafetySignal[];
}

/**
 * The examples the word model of one signal is trained on, in a fixed order: the labelled development
 * sentences in file order (positive when they carry the signal), then the ordinary sentences (never
 * positive). The same inputs always give the same examples, hence the same model. O(n).
 */
export function trainingExamples(
  labelled: readonly LabelledFeatures[],
  ordinary: readonly (readonly string[])[],
  signal: SafetySignal,
): TrainingExample[] {
  return [
    ...labelled.map((row) => ({ features: row.features, positive: row.expected.includes(signal) })),
    ...ordinary.map((features) => ({ features, positive: false })),
  ];
}
