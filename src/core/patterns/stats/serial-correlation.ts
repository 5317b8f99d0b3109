/** Below this many pairs of consecutive days, the day-to-day correlation is assumed, not estimated. */
export const MIN_PAIRS_FOR_SERIAL_CORRELATION = 10;
/** The assumed day-to-day correlation when there are too few pairs: a prudent middle value. */
export const ASSUMED_SERIAL_CORRELATION = 0.3;
/** Estimates are capped here: beyond it a week holds too little independent information to compare. */
export const MAX_SERIAL_CORRELATION = 0.9;

/**
 * Lag-one correlation of a daily measure over pairs of consecutive calendar days that both have a
 * value, corrected for its small-sample bias of about -(1 + 4r) / N (Kendall 1954, Biometrika
 * 41:403–404) and kept in [0, MAX_SERIAL_CORRELATION]: a negative estimate is treated as 0 so the
 * correction can only widen intervals. O(N).
 * Example: a slowly drifting mood gives a value near its true day-to-day correlation.
 */
export function serialCorrelation(pairs: readonly [number, number][]): number {
  const n = pairs.length;
  if (n < MIN_PAIRS_FOR_SERIAL_CORRELATION) return ASSUMED_SERIAL_CORRELATION;
  let sumA = 0;
  let sumB = 0;
  for (const [a, b] of pairs) {
    sumA += a;
    sumB += b;
  }
  const meanA = sumA / n;
  const meanB = sumB / n;
  let cross = 0;
  let squaresA = 0;
  let squaresB = 0;
  for (const [a, b] of pairs) {
    cross += (a - meanA) * (b - meanB);
    squaresA += (a - meanA) ** 2;
    squaresB += (b - meanB) ** 2;
  }
  if (squaresA === 0 || squaresB === 0) return 0;
  const r = cross / Math.sqrt(squaresA * squaresB);
  const corrected = r + (1 + 4 * r) / n;
  return Math.min(MAX_SERIAL_CORRELATION, Math.max(0, corrected));
}

/**
 * How much s² / n understates the variance of the mean of n consecutive days whose values follow a
 * first-order autoregression with correlation r: the mean's variance is (σ²/n) · f with
 * f = 1 + 2 Σ_{k=1}^{n-1} (1 - k/n) r^k, and E[s²] = σ² (1 - (f - 1) / (n - 1)) (Bayley &
 * Hammersley 1946, J. R. Stat. Soc. Suppl. 8:184–197). Returns f / (1 - (f - 1) / (n - 1)), 1 when
 * r = 0. O(n). Example: `serialInflation(7, 0.5)` is about 3.19.
 */
export function serialInflation(n: number, r: number): number {
  if (n < 2 || r <= 0) return 1;
  let sum = 0;
  for (let k = 1; k < n; k++) sum += (1 - k / n) * r ** k;
  const f = 1 + 2 * sum;
  return f / (1 - (f - 1) / (n - 1));
}
