/**
 * Classical (sum-score) scoring beside the IRT estimate, for transparency.
 *
 * Raw answers are integers 1 .. categoryCount (1 = strongly disagree). The keyed category is 0-based and
 * reversed for reverse-keyed items, so that a higher category always means more of the scale's trait:
 * keyed = raw − 1, or categoryCount − raw when reversed. The classical score is the mean keyed answer on
 * the 1 .. categoryCount metric. Complexity O(1) per answer.
 */

/** @example keyedCategory(2, true) // 3 on a five-point item: "disagree" with a reversed statement */
export function keyedCategory(raw: number, reverse: boolean, categoryCount = 5): number {
  assertRawAnswer(raw, categoryCount, "keyedCategory");
  return reverse ? categoryCount - raw : raw - 1;
}

/** The raw answer (1-based, as shown to the person) that yields a keyed category: the inverse of keyedCategory. */
export function rawFromKeyedCategory(category: number, reverse: boolean, categoryCount = 5): number {
  if (!Number.isInteger(category) || category < 0 || category >= categoryCount) {
    throw new Error(
      `rawFromKeyedCategory requires a category from 0 to ${categoryCount - 1}, got ${category}`,
    );
  }
  return reverse ? categoryCount - category : category + 1;
}

/**
 * Mean keyed answer on the 1 .. categoryCount metric, or null when nothing was answered.
 *
 * @example classicalMean([4, 3, 0]) // (5 + 4 + 1) / 3 = 3.33…
 */
export function classicalMean(keyedCategories: readonly number[]): number | null {
  if (keyedCategories.length === 0) return null;
  let sum = 0;
  for (const category of keyedCategories) sum += category + 1;
  return sum / keyedCategories.length;
}

/** Throws "<caller> requires …" unless raw is an integer from 1 to categoryCount. */
export function assertRawAnswer(raw: unknown, categoryCount: number, caller: string): asserts raw is number {
  if (typeof raw !== "number" || !Number.isInteger(raw) || raw < 1 || raw > categoryCount) {
    throw new Error(`${caller} requires an answer from 1 to ${categoryCount}, got ${String(raw)}`);
  }
}
