import { dayNumber, isCalendarDate, mondayOf } from "../patterns/calendar-date";
import { practiceById } from "./library";
import type { WeekPlan } from "./plan-week";

/** One time a person did a practice, with the optional reflection they wrote. */
export interface CompletionRecord {
  practiceId: string;
  /** The calendar day it was done, "YYYY-MM-DD". */
  date: string;
  reflection?: string | null;
}

/** One week of practice: what was planned and what was done, counted without judgement. */
export interface WeekProgress {
  /** Monday of the week. */
  weekStart: string;
  /** Practices in that week's plan (empty when there was no plan). */
  planned: string[];
  /** Distinct practices done that week, planned or not, in the order first done. */
  done: string[];
  /** How many of the planned practices were done at least once. */
  plannedDone: number;
  /** Every completion that week, repeats included. */
  completions: number;
}

/** Practice over the months: counts only. No streaks, no "missed" days: a quiet week is just a week. */
export interface PracticeProgress {
  totalCompletions: number;
  /** Weeks with at least one completion. */
  activeWeeks: number;
  /** Completions with a written reflection. */
  reflections: number;
  /** Every week with a plan or a completion, oldest first. */
  weeks: WeekProgress[];
  /** Per practice, most done first (ties by id). */
  practices: { practiceId: string; completions: number; lastDate: string }[];
  /** Per facet worked on, most first (ties by id); a completion counts once for each facet of its practice. */
  facets: { facet: string; completions: number }[];
}

/**
 * Progress over weeks from completion records and plans: totals, weeks with practice, planned
 * practices done per week, counts per practice and per facet. A plan's week is the Monday of its
 * weekStart, so plans and completions line up whatever day a plan starts. Practices no longer in the
 * library still count, without facets. Throws "practiceProgress requires …" on a malformed date.
 * O((records + plans) log).
 *
 * Example: two completions of "solo-hour" in one week give totalCompletions 2, activeWeeks 1.
 */
export function practiceProgress(
  records: readonly CompletionRecord[],
  plans: readonly Pick<WeekPlan, "weekStart" | "practiceIds">[],
): PracticeProgress {
  for (const record of [...records, ...plans.map((p) => ({ date: p.weekStart }))]) {
    if (!isCalendarDate(record.date))
      throw new Error(`practiceProgress requires "YYYY-MM-DD" dates, got ${String(record.date)}`);
  }
  const weeks = new Map<string, WeekProgress>();
  const weekOf = (monday: string) => {
    let week = weeks.get(monday);
    if (!week) {
      week = { weekStart: monday, planned: [], done: [], plannedDone: 0, completions: 0 };
      weeks.set(monday, week);
    }
    return week;
  };
  for (const plan of plans) {
    const week = weekOf(mondayOf(plan.weekStart));
    for (const id of plan.practiceIds) if (!week.planned.includes(id)) week.planned.push(id);
  }
  const sorted = [...records].sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
  const perPractice = new Map<string, { completions: number; lastDate: string }>();
  const perFacet = new Map<string, number>();
  let reflections = 0;
  for (const record of sorted) {
    const week = weekOf(mondayOf(record.date));
    week.completions++;
    if (!week.done.includes(record.practiceId)) week.done.push(record.practiceId);
    const entry = perPractice.get(record.practiceId) ?? { completions: 0, lastDate: record.date };
    perPractice.set(record.practiceId, { completions: entry.completions + 1, lastDate: record.date });
    for (const facet of practiceById(record.practiceId)?.facets ?? [])
      perFacet.set(facet, (perFacet.get(facet) ?? 0) + 1);
    if (record.reflection && record.reflection.trim().length > 0) reflections++;
  }
  const weekList = [...weeks.values()].sort((a, b) => dayNumber(a.weekStart) - dayNumber(b.weekStart));
  for (const week of weekList) week.plannedDone = week.planned.filter((id) => week.done.includes(id)).length;
  const byCountThenId = (a: { id: string; n: number }, b: { id: string; n: number }) =>
    b.n - a.n || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    totalCompletions: records.length,
    activeWeeks: weekList.filter((w) => w.completions > 0).length,
    reflections,
    weeks: weekList,
    practices: [...perPractice.entries()]
      .map(([practiceId, v]) => ({ id: practiceId, n: v.completions, v }))
      .sort(byCountThenId)
      .map(({ id, v }) => ({ practiceId: id, completions: v.completions, lastDate: v.lastDate })),
    facets: [...perFacet.entries()]
      .map(([facet, n]) => ({ id: facet, n }))
      .sort(byCountThenId)
      .map(({ id, n }) => ({ facet: id, completions: n })),
  };
}
