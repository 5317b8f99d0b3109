import { studentTCdf, studentTQuantile } from "./student-t";
import { mean, sampleVariance } from "./summary";

/** A difference of two means with its Welch t interval and two-sided p-value. */
export interface WelchResult {
  /** mean(first) - mean(second). */
  difference: number;
  standardError: number;
  /** Welch–Satterthwaite degrees of freedom (fractional). */
  degrees: number;
  t: number;
  /** Two-sided p-value for "no difference". */
  pValue: number;
  low: number;
  high: number;
  level: number;
}

/**
 * Welch's unequal-variance t interval and test for mean(first) - mean(second) (Welch 1947,
 * Biometrika 34:28–35; Satterthwaite 1946 degrees of freedom), the same as R's
 * `t.test(first, second)`. Returns null when a group has fewer than two values or both groups are
 * constant (the standard error is zero and the test says nothing). O(n).
 * Example: `welchTest([1, 2, 3], [4, 5, 6])` gives difference -3, t about -3.674, df 4.
 */
export function welchTest(
  first: readonly number[],
  second: readonly number[],
  level = 0.95,
): WelchResult | null {
  if (first.length < 2 || second.length < 2) return null;
  const shareFirst = sampleVariance(first) / first.length;
  const shareSecond = sampleVariance(second) / second.length;
  const variance = shareFirst + shareSecond;
  if (!(variance > 0)) return null;
  const standardError = Math.sqrt(variance);
  const degrees =
    (variance * variance) /
    ((shareFirst * shareFirst) / (first.length - 1) + (shareSecond * shareSecond) / (second.length - 1));
  const difference = mean(first) - mean(second);
  const t = difference / standardError;
  const pValue = Math.min(1, 2 * studentTCdf(-Math.abs(t), degrees));
  const margin = studentTQuantile(1 - (1 - level) / 2, degrees) * standardError;
  return {
    difference,
    standardError,
    degrees,
    t,
    pValue,
    low: difference - margin,
    high: difference + margin,
    level,
  };
}
