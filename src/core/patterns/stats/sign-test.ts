import { logGamma } from "./log-gamma";

/** log of the binomial coefficient C(n, k). */
function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

/**
 * Exact two-sided sign test: the probability, if each outcome were a fair coin toss, of a split at
 * least as uneven as `successes` against `failures` (ties are left out by the caller). The two-sided
 * p-value doubles the smaller tail, as R's `binom.test(x, n, 0.5)` does for p = 0.5. O(n).
 * Example: `signTestPValue(6, 0)` is 2 / 64 = 0.03125.
 */
export function signTestPValue(successes: number, failures: number): number {
  if (!(Number.isInteger(successes) && Number.isInteger(failures) && successes >= 0 && failures >= 0)) {
    throw new Error(`signTestPValue requires non-negative whole counts, got ${successes}, ${failures}`);
  }
  const n = successes + failures;
  if (n === 0) return 1;
  const smaller = Math.min(successes, failures);
  let tail = 0;
  for (let k = 0; k <= smaller; k++) tail += Math.exp(logChoose(n, k) - n * Math.LN2);
  return Math.min(1, 2 * tail);
}
