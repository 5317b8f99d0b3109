import { deriveSeed } from "../../core/patterns/derive-seed";
import { latestAllowedDay } from "../checkins/calendar-day";
import { invalidField } from "../http/api-error";

/**
 * The earliest day that is still "today" somewhere on Earth: today in UTC−12 (Baker Island). With
 * latestAllowedDay (UTC+14) it bounds the calendar day a person anywhere may call today. O(1).
 */
export function earliestTodayDay(now: Date): string {
  return new Date(now.getTime() - 12 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/**
 * The person's calendar date: the `today` the client sent (their own time zone), checked to be today
 * somewhere on Earth, or else the server's UTC date. Throws a 400 naming `today` otherwise. O(1).
 *
 * Example: at 2026-11-25T23:30Z a client in Paris may send "2026-11-26"; "2026-11-28" is refused.
 */
export function personToday(now: Date, requested: string | undefined): string {
  if (requested === undefined) return now.toISOString().slice(0, 10);
  if (requested < earliestTodayDay(now) || requested > latestAllowedDay(now)) {
    throw invalidField("today", "must be today's date in your time zone");
  }
  return requested;
}

/**
 * A stable integer per person for the seeded parts of the analytics (bootstrap resamples, the order
 * of ties in a weekly plan), so the same data always give the same answer. O(length of the id).
 */
export function personSeed(userId: string): number {
  return deriveSeed(0x5eed, userId);
}
