/**
 * Calendar dates as "YYYY-MM-DD" strings. A check-in belongs to the day the person lived, so no time
 * zone is involved anywhere in the analytics: dates are turned into day numbers (days since
 * 1970-01-01 in the proleptic Gregorian calendar) and back, using UTC only as a calendar.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True when `text` is a real calendar date written "YYYY-MM-DD" (e.g. "2024-02-30" is not). O(1). */
export function isCalendarDate(text: unknown): text is string {
  if (typeof text !== "string") return false;
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** Day number of a calendar date. Example: `dayNumber("1970-01-02")` is 1. O(1). */
export function dayNumber(date: string): number {
  if (!isCalendarDate(date)) throw new Error(`dayNumber requires a "YYYY-MM-DD" date, got ${String(date)}`);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** The calendar date of a day number. Example: `dateOfDay(0)` is "1970-01-01". O(1). */
export function dateOfDay(day: number): string {
  const probe = new Date(day * MS_PER_DAY);
  const y = String(probe.getUTCFullYear()).padStart(4, "0");
  const m = String(probe.getUTCMonth() + 1).padStart(2, "0");
  const d = String(probe.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** `date` moved by `days` (negative goes back). Example: `addDays("2024-03-01", -1)` is "2024-02-29". */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** The Monday of the ISO week containing `date`. Example: `mondayOf("2024-06-09")` is "2024-06-03". */
export function mondayOf(date: string): string {
  const day = dayNumber(date);
  // 1970-01-01 was a Thursday: (day + 3) mod 7 counts days since Monday.
  const sinceMonday = (((day + 3) % 7) + 7) % 7;
  return dateOfDay(day - sinceMonday);
}
