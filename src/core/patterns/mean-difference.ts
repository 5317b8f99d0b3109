import type { ComparisonStatus, Effect, GroupSummary } from "./comparison";
import { INTERVAL_LEVEL } from "./minimums";
import { meanInterval } from "./stats/mean-interval";
import { sampleVariance } from "./stats/summary";
import { type GroupEstimate, meanEstimate, type WelchResult, welchFromEstimates } from "./stats/welch-t";

/** A group's size and mean with its t interval. */
export function summariseGroup(values: readonly number[]): GroupSummary {
  if (values.length === 0) return { days: 0, mean: null, low: null, high: null };
  const interval = meanInterval(values, INTERVAL_LEVEL);
  return { days: values.length, mean: interval.mean, low: interval.low, high: interval.high };
}

/** The statistical part of a comparison, before the correction for multiplicity. */
export interface ComparisonOutcome {
  status: Exclude<ComparisonStatus, "shown">;
  effect: Effect | null;
  pValue: number | null;
}

export const tooLittleData: ComparisonOutcome = { status: "too-little-data", effect: null, pValue: null };

/** Turns a Welch result (or its absence) into a comparison outcome. */
export function outcomeOfWelch(
  result: WelchResult | null,
  measure: Effect["measure"],
  standardized: number | null,
): ComparisonOutcome {
  if (!result) return { status: "no-variation", effect: null, pValue: null };
  return {
    status: "not-clear",
    pValue: result.pValue,
    effect: {
      measure,
      estimate: result.difference,
      low: result.low,
      high: result.high,
      level: INTERVAL_LEVEL,
      noEffect: 0,
      method: "welch-t",
      standardized,
    },
  };
}

/**
 * Compares mean(first) - mean(second) with Welch's t when each group has at least `minimumDays`
 * values; `inflation` widens each group's variance for day-to-day correlation (1: independent days).
 * The standardized effect is the difference over the root mean of the two variances (Cohen's d).
 * O(n).
 */
export function compareMeans(
  first: readonly number[],
  second: readonly number[],
  minimumDays: number,
  inflation: (n: number) => number = () => 1,
): ComparisonOutcome {
  if (first.length < minimumDays || second.length < minimumDays) return tooLittleData;
  const widen = (estimate: GroupEstimate, n: number): GroupEstimate => ({
    ...estimate,
    varianceOfEstimate: estimate.varianceOfEstimate * inflation(n),
  });
  const result = welchFromEstimates(
    widen(meanEstimate(first), first.length),
    widen(meanEstimate(second), second.length),
    INTERVAL_LEVEL,
  );
  const spread = Math.sqrt((sampleVariance(first) + sampleVariance(second)) / 2);
  return outcomeOfWelch(result, "mean-difference", result && spread > 0 ? result.difference / spread : null);
}
