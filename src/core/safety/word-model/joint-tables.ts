import { probabilityOfScore, type WordModel } from "./train-word-model";

/**
 * Two word models read together: one table of word features and one of parts of words, each giving
 * the position of a feature's two weights (one per model) in one array, so a sentence is looked up
 * once for both signals instead of once per signal. The sums are the same as reading each model
 * alone, in the same order (a feature a model does not weigh adds nothing).
 */
interface JointTables {
  words: Map<string, number>;
  grams: Map<number, number>;
  weights: Float64Array;
}

const cache = new WeakMap<WordModel, WeakMap<WordModel, JointTables>>();

/** The joint tables of two models, built once per pair and kept while both live. O(weights) once. */
function jointTables(first: WordModel, second: WordModel): JointTables {
  let inner = cache.get(first);
  if (!inner) {
    inner = new WeakMap();
    cache.set(first, inner);
  }
  const known = inner.get(second);
  if (known) return known;
  const words = new Map<string, number>();
  const grams = new Map<number, number>();
  const pairs: number[] = [];
  const place = <K>(table: Map<K, number>, key: K, weight: number, side: 0 | 1) => {
    let slot = table.get(key);
    if (slot === undefined) {
      slot = pairs.length;
      table.set(key, slot);
      pairs.push(0, 0);
    }
    pairs[slot + side] = weight;
  };
  for (const [side, model] of [first, second].entries()) {
    for (const [feature, weight] of model.words) place(words, feature, weight, side as 0 | 1);
    for (const [code, weight] of model.grams) place(grams, code, weight, side as 0 | 1);
  }
  const tables = { words, grams, weights: Float64Array.from(pairs) };
  inner.set(second, tables);
  return tables;
}

/**
 * The probabilities two models give to one sentence as the detector reads it (word features by name,
 * parts of words by number): the same as `sentenceProbability` of each, with one lookup per feature.
 * O(features). Example: `pairProbabilities(crisis, coercion, ["want", "to_die"], [])[0]` is
 * `sentenceProbability(crisis, ["want", "to_die"], [])`.
 */
export function pairProbabilities(
  first: WordModel,
  second: WordModel,
  words: readonly string[],
  grams: readonly number[],
): [number, number] {
  const tables = jointTables(first, second);
  const { weights } = tables;
  let a = first.bias;
  let b = second.bias;
  for (const feature of words) {
    const slot = tables.words.get(feature);
    if (slot === undefined) continue;
    a += weights[slot] as number;
    b += weights[slot + 1] as number;
  }
  for (const code of grams) {
    const slot = tables.grams.get(code);
    if (slot === undefined) continue;
    a += weights[slot] as number;
    b += weights[slot + 1] as number;
  }
  return [probabilityOfScore(a), probabilityOfScore(b)];
}
