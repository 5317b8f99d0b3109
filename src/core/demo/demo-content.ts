import type { Locale } from "../locale";
import { addDays, isCalendarDate } from "../patterns/calendar-date";
import type { Checkin } from "../patterns/checkin";
import { type DemoCheck, demoChecks } from "./demo-assessments";
import { demoCheckins } from "./demo-checkins";
import { type DemoPracticeDay, demoPracticeDays } from "./demo-practice";
import { demoJournalTexts, demoMark } from "./demo-texts";

/**
 * The seed `poise demo` uses unless told otherwise. Any seed gives a plausible person; with this one
 * the three-month insights show exactly the two planted patterns (checked in demo-content.test.ts).
 */
export const DEMO_SEED = 5;

/** Everything the demo account holds, in the order a life would have written it. */
export interface DemoContent {
  locale: Locale;
  today: string;
  /** The first day of the demo (119 days before today). */
  from: string;
  checkins: Checkin[];
  journal: { date: string; title: string; text: string }[];
  /** The three checks, oldest first, with the date each was taken. */
  checks: (DemoCheck & { date: string })[];
  practice: DemoPracticeDay[];
}

/**
 * The demo account's content for a person whose today is `today`, written in `locale`: 120 days of
 * check-ins with gentle real patterns, six journal entries, three checks drifting toward balance and
 * a few practices done over the last weeks. Generated, never copied; every title, note and
 * reflection starts with "[Demo]" ("[Démo]"). Deterministic for a seed. O(days).
 *
 * Example: `demoContent({ today: "2026-11-25", locale: "fr", seed: 1 }).checks.length` is 3.
 */
export function demoContent(input: { today: string; locale: Locale; seed: number }): DemoContent {
  const { today, locale, seed } = input;
  if (!isCalendarDate(today)) throw new Error(`demoContent requires today as "YYYY-MM-DD", got ${today}`);
  if (!Number.isInteger(seed)) throw new Error(`demoContent requires an integer seed, got ${seed}`);
  return {
    locale,
    today,
    from: addDays(today, -119),
    checkins: demoCheckins(today, locale, seed),
    journal: demoJournalTexts.map((entry) => ({
      date: addDays(today, -entry.daysAgo),
      title: `${demoMark[locale]} ${entry.title[locale]}`,
      text: entry.text[locale],
    })),
    checks: demoChecks.map((check) => ({ ...check, date: addDays(today, -check.daysAgo) })),
    practice: demoPracticeDays(today, locale, seed),
  };
}
