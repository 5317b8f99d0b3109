import { dayNumber } from "./calendar-date";
import type { Checkin } from "./checkin";
import { checkinIssues } from "./checkin-issues";

/** Check-ins indexed by day number, in date order. */
export interface CheckinIndex {
  /** Sorted by date. */
  checkins: readonly Checkin[];
  byDay: ReadonlyMap<number, Checkin>;
}

/**
 * Validates, sorts and indexes check-ins up to and including day `lastDay` (later ones are ignored:
 * a stored future date says nothing about the days analysed). Throws "<caller> requires …" naming
 * the first invalid field or a repeated date, since the server only stores valid, one-per-day
 * check-ins. O(n log n).
 */
export function prepareCheckins(checkins: readonly Checkin[], lastDay: number, caller: string): CheckinIndex {
  const byDay = new Map<number, Checkin>();
  checkins.forEach((checkin, index) => {
    const issues = checkinIssues(checkin);
    if (issues.length > 0) {
      const { field, message } = issues[0]!;
      throw new Error(
        `${caller} requires valid check-ins, but check-in ${index} has ${field} that ${message}`,
      );
    }
    const day = dayNumber(checkin.date);
    if (day > lastDay) return;
    if (byDay.has(day))
      throw new Error(`${caller} requires one check-in per date, but ${checkin.date} repeats`);
    byDay.set(day, checkin);
  });
  const days = [...byDay.keys()].sort((a, b) => a - b);
  return { checkins: days.map((day) => byDay.get(day)!), byDay };
}
