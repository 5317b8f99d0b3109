import type { Locale } from "../locale";
import { addDays, dayNumber, mondayOf } from "../patterns/calendar-date";
import { PLAN_SIZE } from "../practices/plan-week";
import { createRandom } from "../random";
import { demoMark, demoReflections } from "./demo-texts";

/** Weeks of the demo with a plan, ending with the current one. */
export const DEMO_PRACTICE_WEEKS = 8;

/** A practice the demo person did: which of that week's planned practices, on which day. */
export interface DemoPracticeDay {
  date: string;
  /** Position in that week's plan (0..2): the plan itself comes from the server's own rule. */
  slot: number;
  reflection: string | null;
}

/**
 * Practice over the last eight weeks as a real person might do it: some weeks two or three
 * practices, some weeks one, a quiet week now and then, a reflection about half the time.
 * Deterministic for a seed. O(weeks).
 */
export function demoPracticeDays(today: string, locale: Locale, seed: number): DemoPracticeDay[] {
  const random = createRandom(seed ^ 0x9a7);
  const days: DemoPracticeDay[] = [];
  let reflection = 0;
  for (let week = DEMO_PRACTICE_WEEKS - 1; week >= 0; week--) {
    const monday = addDays(mondayOf(today), -7 * week);
    const daysSoFar = Math.min(7, dayNumber(today) - dayNumber(monday) + 1);
    // 0, 1, 2 or 3 practices; a quiet week is part of a real life.
    const count = Math.min(daysSoFar, [0, 1, 2, 2, 3][Math.floor(random.next() * 5)]!);
    const offsets = new Set<number>();
    while (offsets.size < count) offsets.add(Math.floor(random.next() * daysSoFar));
    for (const offset of [...offsets].sort((a, b) => a - b)) {
      const written = random.next() < 0.5;
      days.push({
        date: addDays(monday, offset),
        slot: Math.floor(random.next() * PLAN_SIZE),
        reflection: written
          ? `${demoMark[locale]} ${demoReflections[reflection++ % demoReflections.length]![locale]}`
          : null,
      });
    }
  }
  return days;
}
