/** z for a 95% two-sided normal interval (the 0.975 standard normal quantile). */
export const Z_95 = 1.959963984540054;

/**
 * The Wilson score interval for a proportion (Wilson 1927, JASA 22:209–212), which stays inside
 * [0, 1] and behaves well near 0 and 1 and for small n, unlike the Wald interval (Brown, Cai &
 * DasGupta 2001, Statistical Science 16:101–133). O(1).
 * Example: `wilsonInterval(8, 10)` is about [0.490, 0.943].
 */
export function wilsonInterval(successes: number, n: number, z = Z_95): { low: number; high: number } {
  if (!(n > 0) || successes < 0 || successes > n) {
    throw new Error(`wilsonInterval requires 0 <= successes <= n and n > 0, got ${successes} of ${n}`);
  }
  const share = successes / n;
  const z2 = z * z;
  const centre = (share + z2 / (2 * n)) / (1 + z2 / n);
  const margin = (z / (1 + z2 / n)) * Math.sqrt((share * (1 - share)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - margin), high: Math.min(1, centre + margin) };
}
