import type { GroupSummary } from "./comparison";
import { type DecisionDay, pooledShare } from "./metrics";
import { minimums } from "./minimums";
import { bootstrapInterval } from "./stats/bootstrap";
import { ratioEstimate } from "./stats/ratio-estimate";
import { studentTQuantile } from "./stats/student-t";

/** The ratio estimate (with its linearised variance) of the share of decisions made alone. */
export function decisionShareEstimate(days: readonly DecisionDay[]) {
  return ratioEstimate(days.map((d) => ({ part: d.alone, whole: d.total })));
}

/**
 * The pooled share of decisions made alone over some days with a 95% interval: a seeded percentile
 * bootstrap resampling whole days from `minimums.bootstrapDays` days on (it respects the 0..1 range
 * and the skew of a share near its ends), and below that the linearised ratio with a t quantile,
 * which covers better on few days (docs/design/insights.md). O(resamples · n).
 */
export function summarisePooledShare(days: readonly DecisionDay[], seed: number): GroupSummary {
  if (days.length === 0) return { days: 0, mean: null, low: null, high: null };
  const share = pooledShare(days);
  if (days.length < 2) return { days: days.length, mean: share, low: null, high: null };
  if (days.length >= minimums.bootstrapDays) {
    const interval = bootstrapInterval(days, pooledShare, { seed });
    return { days: days.length, mean: share, low: interval.low, high: interval.high };
  }
  const estimate = decisionShareEstimate(days);
  const margin = studentTQuantile(0.975, estimate.degrees) * Math.sqrt(estimate.varianceOfEstimate);
  return {
    days: days.length,
    mean: share,
    low: Math.max(0, share - margin),
    high: Math.min(1, share + margin),
  };
}
