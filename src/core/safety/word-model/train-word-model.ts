import { createRandom, type RandomSource } from "../../random";
import { gramCode, gramPrefix } from "./word-grams";

/**
 * A linear model over word features: a bias and one weight per feature kept, by name (`weights`); for
 * the detector, the same weights split into word features by name (`words`) and parts of words by
 * number (`grams`, see word-grams.ts): two small tables read faster than one large one.
 */
export interface WordModel {
  bias: number;
  weights: ReadonlyMap<string, number>;
  words: ReadonlyMap<string, number>;
  grams: ReadonlyMap<number, number>;
}

/** A model from its bias and weights by name, split for the detector. O(n). */
export function wordModelOf(bias: number, weights: ReadonlyMap<string, number>): WordModel {
  const words = new Map<string, number>();
  const grams = new Map<number, number>();
  for (const [feature, weight] of weights) {
    const code = gramCode(feature);
    if (code === undefined) words.set(feature, weight);
    else grams.set(code, weight);
  }
  return { bias, weights, words, grams };
}

/** One labelled text as the trainer sees it. */
export interface TrainingExample {
  features: readonly string[];
  positive: boolean;
}

/**
 * How the model is trained. Chosen by leave-one-round-out validation on the development files (see
 * docs/design/safety-signals.md): a miss weighs twice a false alarm; a part of a word (a feature that
 * starts with `gramPrefix`) counts `gramValue` of a whole word while training, so the many parts of a
 * word do not outweigh it; weights under `prune` are dropped so the model stays small and reviewable.
 * 100 passes (60 until round 18 joined): with about 4,700 sentences per language the longer fit, weighed
 * again by the rule, read 0.896 / 0.851 of rounds 7+ against 0.889 / 0.838 (precision 0.891 / 0.875
 * against 0.899 / 0.881), with the demo journal quiet; a miss weighing 3, parts at 0.5 and half the L2
 * read about as much more but raised signals on the demo journal. Each pass reads the examples in a
 * new order drawn from `seed`: in file order every pass ended on the ordinary sentences (all negative)
 * and the last rounds, and the model leaned toward them; shuffled, the same rounds 7+ read 0.938 /
 * 0.922 against 0.922 / 0.899 at the same weighing (precision 0.859 / 0.857 against 0.881 / 0.886),
 * and about a point more recall at equal precision (docs/benchmarks.md, "Safety signals").
 */
export const wordModelTraining = {
  epochs: 100,
  learningRate: 0.3,
  l2: 0.001,
  positiveWeight: 2,
  gramValue: 0.3,
  prune: 0.05,
  gramPrune: 0.05,
  decimals: 2,
  seed: 20261126,
} as const;

export type TrainingOptions = { [K in keyof typeof wordModelTraining]: number };

/** The model's probability from its sum (bias and weights of the features present): the logistic. O(1). */
export function probabilityOfScore(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
const logistic = probabilityOfScore;

/**
 * Logistic regression by stochastic gradient descent with L2 shrinkage, over the examples in a seeded
 * random order each pass (the same examples and seed give the same model), then small weights pruned and
 * every weight rounded. A part of a word has the value `gramValue` instead of 1; the model keeps its
 * weight times that value, so reading a model is a plain sum of the weights of the features present.
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
  // Features are numbered once so the passes work on arrays (the same sums in the same order).
  const index = new Map<string, number>();
  const names: string[] = [];
  const rows = examples.map(({ features, positive }) => ({
    positive,
    ids: Int32Array.from(features, (feature) => {
      let id = index.get(feature);
      if (id === undefined) {
        id = names.length;
        index.set(feature, id);
        names.push(feature);
      }
      return id;
    }),
  }));
  const values = Float64Array.from(names, (name) => (name.startsWith(gramPrefix) ? options.gramValue : 1));
  const weights = new Float64Array(names.length);
  let bias = 0;
  const random = createRandom(options.seed);
  const order = rows.map((_row, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const { ids, positive } = rows[i] as (typeof rows)[number];
      let z = bias;
      for (const id of ids) z += (weights[id] as number) * (values[id] as number);
      const gradient = (logistic(z) - (positive ? 1 : 0)) * (positive ? options.positiveWeight : 1);
      bias -= options.learningRate * gradient;
      for (const id of ids) {
        const weight = weights[id] as number;
        weights[id] =
          weight - options.learningRate * (gradient * (values[id] as number) + options.l2 * weight);
      }
    }
  }
  const scale = 10 ** options.decimals;
  const round = (x: number) => Math.round(x * scale) / scale;
  const kept = new Map<string, number>();
  names.forEach((feature, id) => {
    const weight = (weights[id] as number) * (values[id] as number);
    const rounded = round(weight);
    const prune = feature.startsWith(gramPrefix) ? options.gramPrune : options.prune;
    // A weight that rounds to zero says nothing (and -0 would not survive a round trip through text).
    if (Math.abs(weight) >= prune && rounded !== 0) kept.set(feature, rounded);
  });
  // A bias that rounds to -0 would read back as 0 (as for the weights above).
  return wordModelOf(round(bias) || 0, kept);
}

/** Fisher–Yates shuffle in place (Knuth, TAOCP vol. 2, §3.4.2, algorithm P). O(n). */
function shuffle(order: number[], random: RandomSource): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    const kept = order[i] as number;
    order[i] = order[j] as number;
    order[j] = kept;
  }
}

/** The probability the model gives to a set of features by name (parts of words included). O(features). */
export function wordProbability(model: WordModel, features: readonly string[]): number {
  let z = model.bias;
  for (const feature of features) z += model.weights.get(feature) ?? 0;
  return logistic(z);
}

/**
 * The probability the model gives to a sentence as the detector reads it: word features by name (no
 * part of a word among them) and parts of words by number (`sentenceParts`). The same probability as
 * `wordProbability` over their names. O(features).
 */
export function sentenceProbability(
  model: WordModel,
  words: readonly string[],
  grams: readonly number[],
): number {
  let z = model.bias;
  for (const feature of words) z += model.words.get(feature) ?? 0;
  for (const code of grams) z += model.grams.get(code) ?? 0;
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
  return wordModelOf(bias, weights);
}
