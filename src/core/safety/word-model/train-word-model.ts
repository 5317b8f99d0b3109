/** A linear model over word features: a bias and one weight per feature kept. */
export interface WordModel {
  bias: number;
  weights: ReadonlyMap<string, number>;
}

/** One labelled text as the trainer sees it. */
export interface TrainingExample {
  features: readonly string[];
  positive: boolean;
}

/**
 * How the model is trained. Chosen by leave-one-round-out validation on the development files (see
 * docs/design/safety-signals.md): a miss weighs twice a false alarm; weights under `prune` are dropped
 * so the model stays small and reviewable.
 */
export const wordModelTraining = {
  epochs: 60,
  learningRate: 0.3,
  l2: 0.001,
  positiveWeight: 2,
  prune: 0.3,
  decimals: 2,
} as const;

export type TrainingOptions = { [K in keyof typeof wordModelTraining]: number };

const logistic = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Logistic regression by stochastic gradient descent with L2 shrinkage, over the examples in the
 * order given (no randomness: the same examples give the same model), then small weights pruned and
 * every weight rounded.
 *
 * Reference: the logistic model and its gradient, e.g. Hastie, Tibshirani and Friedman, "The Elements
 * of Statistical Learning" (2009), §4.4. Complexity: O(epochs × total features of the examples).
 * Example: two examples `{features: ["die"], positive: true}` and `{features: ["tea"], positive:
 * false}` give a positive weight to "die" and a negative one to "tea".
 */
export function trainWordModel(
  examples: readonly TrainingExample[],
  options: TrainingOptions = wordModelTraining,
): WordModel {
  const weights = new Map<string, number>();
  let bias = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const { features, positive } of examples) {
      let z = bias;
      for (const feature of features) z += weights.get(feature) ?? 0;
      const gradient = (logistic(z) - (positive ? 1 : 0)) * (positive ? options.positiveWeight : 1);
      bias -= options.learningRate * gradient;
      for (const feature of features) {
        const weight = weights.get(feature) ?? 0;
        weights.set(feature, weight - options.learningRate * (gradient + options.l2 * weight));
      }
    }
  }
  const scale = 10 ** options.decimals;
  const round = (x: number) => Math.round(x * scale) / scale;
  const kept = new Map<string, number>();
  for (const [feature, weight] of weights) {
    const rounded = round(weight);
    // A weight that rounds to zero says nothing (and -0 would not survive a round trip through text).
    if (Math.abs(weight) >= options.prune && rounded !== 0) kept.set(feature, rounded);
  }
  return { bias: round(bias), weights: kept };
}

/** The probability the model gives to a set of features. O(features). */
export function wordProbability(model: WordModel, features: readonly string[]): number {
  let z = model.bias;
  for (const feature of features) z += model.weights.get(feature) ?? 0;
  return logistic(z);
}

/**
 * Writes a model as text: the bias on the first line, then one "feature weight" per line, heaviest
 * first (ties in alphabetical order), so a reviewer reads what pushes toward the signal at the top and
 * what pushes away at the bottom. O(n log n).
 */
export function serializeWordModel(model: WordModel): string {
  const lines = [...model.weights]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([feature, weight]) => `${feature} ${weight}`);
  return [`bias ${model.bias}`, ...lines].join("\n");
}

/** Reads a model written by `serializeWordModel`. Throws on a malformed line. O(n). */
export function parseWordModel(text: string): WordModel {
  const [head, ...lines] = text.trim().split("\n");
  const bias = Number(head?.split(" ")[1]);
  if (!head?.startsWith("bias ") || !Number.isFinite(bias)) {
    throw new Error("parseWordModel requires a first line 'bias <number>'");
  }
  const weights = new Map<string, number>();
  for (const line of lines) {
    const space = line.lastIndexOf(" ");
    const weight = Number(line.slice(space + 1));
    if (space <= 0 || !Number.isFinite(weight)) throw new Error(`parseWordModel: malformed line "${line}"`);
    weights.set(line.slice(0, space), weight);
  }
  return { bias, weights };
}
