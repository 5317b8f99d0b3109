/**
 * The logistic function and its logarithm, written so that neither overflows nor loses every digit at
 * extreme arguments (|x| in the hundreds happens when a = 3 and theta = ±6 meet an extreme intercept).
 *
 * Reference: the usual softplus identities, log σ(x) = −log(1 + e^(−x)). Complexity O(1).
 *
 * @example logSigmoid(-800) // -800, where Math.log(1 / (1 + Math.exp(800))) would give -Infinity
 */
export function logSigmoid(x: number): number {
  return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
}

/** σ(x) = 1 / (1 + e^(−x)), evaluated on the side where the exponential cannot overflow. O(1). */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * log(σ(upper) − σ(lower)) for upper > lower, without forming the difference of two numbers that may both
 * round to 1 (or to 0). Uses σ(x) − σ(y) = σ(x) · σ(−y) · (1 − e^(y − x)). O(1).
 *
 * @example logSigmoidDifference(40, 39) // ≈ log(σ(40) − σ(39)), about −39.46, not log(0)
 */
export function logSigmoidDifference(upper: number, lower: number): number {
  if (upper === Number.POSITIVE_INFINITY) return logSigmoid(-lower);
  if (lower === Number.NEGATIVE_INFINITY) return logSigmoid(upper);
  return logSigmoid(upper) + logSigmoid(-lower) + Math.log(-Math.expm1(lower - upper));
}

/** log Σ exp(values), shifted by the maximum so it neither overflows nor underflows. O(n). */
export function logSumExp(values: ArrayLike<number>): number {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v > max) max = v;
  }
  if (max === Number.NEGATIVE_INFINITY) return max;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += Math.exp((values[i] as number) - max);
  return max + Math.log(sum);
}
