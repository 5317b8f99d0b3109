import type { CompanyId, StrategyId, TriggerId } from "./checkin";
import type { TrendMetricId } from "./metrics";

export type ComparisonKind = "change" | "trigger" | "company" | "strategy";

/**
 * shown: enough data, and the difference holds after the correction for the number of comparisons;
 * not-clear: enough data, but the difference could be chance; too-little-data: below the minimum;
 * no-variation: every value the same, so there is nothing to compare.
 */
export type ComparisonStatus = "shown" | "not-clear" | "too-little-data" | "no-variation";

/** How big an effect is, with its uncertainty interval and the value that would mean "no effect". */
export interface Effect {
  /** mean-difference: points on the measure's scale; share-difference: difference of two shares (0..1);
   * better-among-changed: the share of "better" among uses rated better or worse. */
  measure: "mean-difference" | "share-difference" | "better-among-changed";
  estimate: number;
  low: number;
  high: number;
  level: number;
  noEffect: number;
  method: "welch-t" | "bootstrap-percentile" | "clopper-pearson";
  /** For mean differences: the difference over the root mean of the two variances (Cohen's d). */
  standardized: number | null;
}

/** Days in a group and their mean (for the decision share: the pooled share) with a 95% interval. */
export interface GroupSummary {
  days: number;
  mean: number | null;
  low: number | null;
  high: number | null;
}

interface ComparisonBase {
  /** Stable id, e.g. "trigger:no-reply", "change:mood". */
  id: string;
  /** The number of days the comparison rests on. */
  n: number;
  status: ComparisonStatus;
  effect: Effect | null;
  /** Two-sided p-value for "no effect", before and after Holm's adjustment across the report. */
  pValue: number | null;
  adjustedPValue: number | null;
  /** The observation in the requested language; only when status is "shown". */
  text: string | null;
}

/** This week (the 7 days ending today) against the 7 days before. */
export interface ChangeComparison extends ComparisonBase {
  kind: "change";
  metric: TrendMetricId;
  thisWeek: GroupSummary;
  lastWeek: GroupSummary;
}

/** Mood on days with a trigger against the days with no trigger noted. */
export interface TriggerComparison extends ComparisonBase {
  kind: "trigger";
  trigger: TriggerId;
  withDays: GroupSummary;
  otherDays: GroupSummary;
}

/** Mood on days spent with someone (or alone) against the other days where company was noted. */
export interface CompanyComparison extends ComparisonBase {
  kind: "company";
  company: CompanyId;
  withDays: GroupSummary;
  otherDays: GroupSummary;
}

/** How the person felt after using a strategy. */
export interface StrategyComparison extends ComparisonBase {
  kind: "strategy";
  strategy: StrategyId;
  uses: number;
  better: number;
  same: number;
  worse: number;
  /** Share of uses rated better, with a Wilson 95% interval (null without uses). */
  shareBetter: { estimate: number; low: number; high: number } | null;
}

export type Comparison = ChangeComparison | TriggerComparison | CompanyComparison | StrategyComparison;
