import { inverseRegularizedIncompleteBeta } from "./incomplete-beta";

/**
 * The Clopper–Pearson "exact" interval for a proportion (Clopper & Pearson 1934, Biometrika
 * 26:404–413) from beta quantiles, as R's `binom.test(x, n)$conf.int`. It excludes 0.5 exactly when
 * the two-sided sign test (doubled smaller tail) rejects at 1 - level. O(cost of two beta quantiles).
 * Example: `clopperPearsonInterval(8, 10)` is about [0.444, 0.975].
 */
export function clopperPearsonInterval(
  successes: number,
  n: number,
  level = 0.95,
): { low: number; high: number } {
  if (!(n > 0) || successes < 0 || successes > n) {
    throw new Error(
      `clopperPearsonInterval requires 0 <= successes <= n and n > 0, got ${successes} of ${n}`,
    );
  }
  const tail = (1 - level) / 2;
  const low = successes === 0 ? 0 : inverseRegularizedIncompleteBeta(tail, successes, n - successes + 1);
  const high = successes === n ? 1 : inverseRegularizedIncompleteBeta(1 - tail, successes + 1, n - successes);
  return { low, high };
}
