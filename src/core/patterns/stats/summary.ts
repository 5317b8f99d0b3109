/** Arithmetic mean; NaN for an empty list. O(n). Example: `mean([1, 2, 6])` is 3. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let total = 0;
  for (const value of values) total += value;
  return total / values.length;
}

/**
 * Unbiased sample variance (divisor n - 1), computed around the mean in two passes so that large,
 * nearly equal values do not lose precision; NaN below two values. O(n).
 * Example: `sampleVariance([1, 2, 6])` is 7.
 */
export function sampleVariance(values: readonly number[]): number {
  if (values.length < 2) return Number.NaN;
  const centre = mean(values);
  let squares = 0;
  for (const value of values) squares += (value - centre) ** 2;
  return squares / (values.length - 1);
}
