import { studentTQuantile } from "./student-t";
import { mean, sampleVariance } from "./summary";

/** A mean with its t interval; the interval collapses to the mean when all values are equal. */
export interface MeanInterval {
  n: number;
  mean: number;
  /** null below two values: one value gives no idea of the spread. */
  low: number | null;
  high: number | null;
  level: number;
}

/**
 * The one-sample Student t interval mean ± t(1 - (1-level)/2, n-1) · s / sqrt(n), as R's
 * `t.test(x)$conf.int`. O(n). Example: `meanInterval([1, 2, 6])` is 3 ± 4.303 · sqrt(7/3).
 */
export function meanInterval(values: readonly number[], level = 0.95): MeanInterval {
  const n = values.length;
  const centre = mean(values);
  if (n < 2) return { n, mean: centre, low: null, high: null, level };
  const margin = studentTQuantile(1 - (1 - level) / 2, n - 1) * Math.sqrt(sampleVariance(values) / n);
  return { n, mean: centre, low: centre - margin, high: centre + margin, level };
}
