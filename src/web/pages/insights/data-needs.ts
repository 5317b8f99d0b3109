import type { InsightsReport } from "../../../core/patterns/index";

/** One comparison that is waiting for more days, and how many it still needs. */
export type DataNeed =
  | { kind: "weeks"; thisWeek: number; lastWeek: number; more: number }
  | { kind: "trigger"; id: string; days: number; more: number; moreCalm: number }
  | { kind: "company"; id: string; days: number; more: number; moreOther: number }
  | { kind: "strategy"; id: string; uses: number; more: number };

export interface DataNeeds {
  /** Comparisons that have begun (something noted) but are still below their minimum, soonest first. */
  needs: DataNeed[];
  /** The fewest more days (or rated uses) any waiting comparison needs; null when none is waiting. */
  soonest: number | null;
}

const total = (need: DataNeed) =>
  need.kind === "weeks" || need.kind === "strategy"
    ? need.more
    : need.more + (need.kind === "trigger" ? need.moreCalm : need.moreOther);

/**
 * What each comparison still needs before it can say anything, from the report's own minimums
 * (docs/design/insights.md): days noted in each of the last two weeks, days with and without a
 * trigger or company, rated uses of a strategy. Only comparisons that have started are listed (a
 * trigger never noted is not "waiting"). Pure; O(comparisons).
 *
 * Example: with mood noted on 2 days this week and 4 last week, the weeks need 2 more days.
 */
export function dataNeeds(report: InsightsReport): DataNeeds {
  const min = report.method.minimums;
  const needs: DataNeed[] = [];
  const mood = report.changes.find((c) => c.metric === "mood");
  // With nothing noted in either week, the comparison has not started: the empty state says enough.
  if (mood && mood.status === "too-little-data" && mood.thisWeek.days + mood.lastWeek.days > 0) {
    const more =
      Math.max(0, min.changeDaysPerWeek - mood.thisWeek.days) +
      Math.max(0, min.changeDaysPerWeek - mood.lastWeek.days);
    needs.push({ kind: "weeks", thisWeek: mood.thisWeek.days, lastWeek: mood.lastWeek.days, more });
  }
  for (const t of report.triggers) {
    if (t.status !== "too-little-data" || t.withDays.days === 0) continue;
    needs.push({
      kind: "trigger",
      id: t.trigger,
      days: t.withDays.days,
      more: Math.max(0, min.groupDays - t.withDays.days),
      moreCalm: Math.max(0, min.groupDays - t.otherDays.days),
    });
  }
  for (const c of report.company) {
    if (c.status !== "too-little-data" || c.withDays.days === 0) continue;
    needs.push({
      kind: "company",
      id: c.company,
      days: c.withDays.days,
      more: Math.max(0, min.groupDays - c.withDays.days),
      moreOther: Math.max(0, min.groupDays - c.otherDays.days),
    });
  }
  for (const s of report.strategies) {
    if (s.status !== "too-little-data" || s.uses === 0) continue;
    needs.push({
      kind: "strategy",
      id: s.strategy,
      uses: s.uses,
      more: Math.max(0, min.strategyUses - s.uses),
    });
  }
  needs.sort((a, b) => total(a) - total(b));
  return { needs, soonest: needs.length > 0 ? total(needs[0]!) : null };
}

/** How many comparisons had enough days but showed no clear difference. */
export function unclearCount(report: InsightsReport): number {
  return [...report.changes, ...report.triggers, ...report.strategies, ...report.company].filter(
    (c) => c.status === "not-clear",
  ).length;
}
