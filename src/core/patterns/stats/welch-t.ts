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
 * One group as Welch's test sees it: its estimate, the variance of that estimate (s² / n for a plain
 * mean, possibly inflated for correlated days) and the degrees of freedom of that variance (n - 1).
 */
export interface GroupEstimate {
  estimate: number;
  varianceOfEstimate: number;
  degrees: number;
}

/**
 * Welch's interval and test from two group estimates (Welch 1947, Biometrika 34:28–35) with the
 * Welch–Satterthwaite degrees of freedom (Satterthwaite 1946). Returns null when the combined
 * variance is zero (nothing varies, so the test says nothing). O(1) plus the t quantile.
 */
export function welchFromEstimates(
  first: GroupEstimate,
  second: GroupEstimate,
  level = 0.95,
): WelchResult | null {
  const variance = first.varianceOfEstimate + second.varianceOfEstimate;
  if (!(variance > 0) || !(first.degrees > 0) || !(second.degrees > 0)) return null;
  const standardError = Math.sqrt(variance);
  const degrees =
    (variance * variance) /
    (first.varianceOfEstimate ** 2 / first.degrees + second.varianceOfEstimate ** 2 / second.degrees);
  const difference = first.estimate - second.estimate;
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

/** The plain-mean group estimate of a sample: mean, s² / n, n - 1. O(n). */
export function meanEstimate(values: readonly number[]): GroupEstimate {
  return {
    estimate: mean(values),
    varianceOfEstimate: sampleVariance(values) / values.length,
    degrees: values.length - 1,
  };
}

/**
 * Welch's unequal-variance t interval and test for mean(first) - mean(second), the same as R's
 * `t.test(first, second)`. Returns null when a group has fewer than two values or both groups are
 * constant. O(n).
 * Example: `welchTest([1, 2, 3], [4, 5, 6])` gives difference -3, t about -3.674, df 4.
 */
export function welchTest(
  first: readonly number[],
  second: readonly number[],
  level = 0.95,
): WelchResult | null {
  if (first.length < 2 || second.length < 2) return null;
  return welchFromEstimates(meanEstimate(first), meanEstimate(second), level);
}
