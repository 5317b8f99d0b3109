export { addDays, dateOfDay, dayNumber, isCalendarDate, mondayOf } from "./calendar-date";
export * from "./checkin";
export { type CheckinIssue, checkinIssues, isCheckin } from "./checkin-issues";
export * from "./comparison";
export {
  computeInsights,
  type InsightsOptions,
  type InsightsReport,
  type InsightWindow,
  insightWindows,
} from "./compute-insights";
export { type Feeling, feelingIds, feelings } from "./feelings";
export * from "./labels";
export { metricLabels, type TrendMetricId, trendMetricIds } from "./metrics";
export { FAMILY_ERROR_RATE, INTERVAL_LEVEL, minimums } from "./minimums";
export type { Trend, TrendPoint } from "./trends";
export type { WeeklySummary } from "./weekly-summary";
