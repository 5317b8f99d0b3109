/**
 * The minimum amount of data before anything is computed or said, and the error rate of the claims.
 * The reasoning behind each figure is in docs/design/insights.md; change them together.
 */
export const minimums = {
  /** Days with the value among the 7 of a rolling 7-day average. */
  rolling7Days: 4,
  /** Days with the value among the 30 of a rolling 30-day average. */
  rolling30Days: 12,
  /** Days with the value in each of the two weeks compared week over week. */
  changeDaysPerWeek: 4,
  /** Decisions noted in each of the two weeks compared week over week. */
  changeDecisionsPerWeek: 6,
  /** Days with a trigger (or a company) and days without it, each. */
  groupDays: 5,
  /** Rated uses of a strategy. */
  strategyUses: 6,
  /** Days from which the share of decisions made alone gets a bootstrap interval rather than a t one. */
  bootstrapDays: 20,
} as const;

/**
 * The chance, when nothing real is going on, that even one insight of a report is shown: Holm's
 * adjustment across every comparison in the report keeps it at or below this.
 */
export const FAMILY_ERROR_RATE = 0.05;

/** Coverage of every interval shown. */
export const INTERVAL_LEVEL = 0.95;
