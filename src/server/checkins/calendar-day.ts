/** Earliest day a check-in may be dated: anything before is a typo, not a memory. */
export const earliestDay = "1900-01-01";

/**
 * The latest day that is not in the future anywhere on Earth: today in UTC+14 (Kiribati), so a person
 * far east of the server can still log their own today. O(1).
 */
export function latestAllowedDay(now: Date): string {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
