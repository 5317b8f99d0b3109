import type { Locale } from "../locale";
import { locales } from "../locale";
import { dateOfDay, dayNumber, isCalendarDate } from "./calendar-date";
import type { Checkin } from "./checkin";
import { companyComparisons } from "./company-effects";
import type {
  ChangeComparison,
  CompanyComparison,
  Comparison,
  StrategyComparison,
  TriggerComparison,
} from "./comparison";
import { feelings } from "./feelings";
import { comparisonText } from "./insight-texts";
import { FAMILY_ERROR_RATE, INTERVAL_LEVEL, minimums } from "./minimums";
import { prepareCheckins } from "./prepare-checkins";
import { holmAdjust } from "./stats/holm";
import { strategyComparisons } from "./strategy-effects";
import { computeTrends, type Trend } from "./trends";
import { triggerComparisons } from "./trigger-effects";
import { weekOverWeekComparisons } from "./week-over-week";
import { type WeeklySummary, weeklySummary } from "./weekly-summary";

/** The windows the insights can look back over. */
export const insightWindows = [30, 90, 365] as const;
export type InsightWindow = (typeof insightWindows)[number];

export interface InsightsOptions {
  /** The person's current calendar date, "YYYY-MM-DD". */
  today: string;
  days: InsightWindow;
  locale: Locale;
  /** Seeds the bootstrap so the same data always give the same report. */
  seed: number;
}

/** Everything the insights page shows, as plain JSON-ready data. */
export interface InsightsReport {
  from: string;
  to: string;
  days: InsightWindow;
  locale: Locale;
  /** Check-ins inside the window. */
  checkinCount: number;
  trends: Trend[];
  /** This week against the week before, one per measure. */
  changes: ChangeComparison[];
  /** Every trigger, the costliest estimated first (those with enough data before the others). */
  triggers: TriggerComparison[];
  /** Every strategy, the most helpful estimated first. */
  strategies: StrategyComparison[];
  /** Every kind of company, the highest mood first. */
  company: CompanyComparison[];
  /** The comparisons that are shown, clearest first: the only findings the report states. */
  insights: Comparison[];
  /** Feelings named in the window, most frequent first. */
  feelings: { id: string; label: string; days: number }[];
  summary: WeeklySummary;
  method: {
    /** Number of comparisons with a p-value, over which Holm's adjustment ran. */
    comparisonsTested: number;
    familyErrorRate: number;
    intervalLevel: number;
    minimums: typeof minimums;
  };
}

function checkOptions(options: InsightsOptions): void {
  if (!isCalendarDate(options.today))
    throw new Error(`computeInsights requires today as "YYYY-MM-DD", got ${String(options.today)}`);
  if (!(insightWindows as readonly number[]).includes(options.days)) {
    throw new Error(`computeInsights requires days of 30, 90 or 365, got ${String(options.days)}`);
  }
  if (!(locales as readonly string[]).includes(options.locale)) {
    throw new Error(
      `computeInsights requires a locale of ${locales.join(", ")}, got ${String(options.locale)}`,
    );
  }
  if (!Number.isInteger(options.seed))
    throw new Error(`computeInsights requires an integer seed, got ${String(options.seed)}`);
}

function byEstimate<T extends Comparison>(items: T[], direction: 1 | -1, fallback: (c: T) => number): T[] {
  return [...items].sort((a, b) => {
    if (a.effect && b.effect) return direction * (a.effect.estimate - b.effect.estimate);
    if (a.effect || b.effect) return a.effect ? -1 : 1;
    return fallback(b) - fallback(a);
  });
}

/**
 * Insights from daily check-ins over the last `days` days ending `today`: trends with rolling
 * averages, this week against the last, the triggers that go with lower mood, the strategies that
 * leave this person better off, and mood by company. Every comparison carries its n, effect size and
 * 95% interval; it is shown only above the minimum amount of data and when it survives Holm's
 * adjustment across all comparisons of the report (family-wise error rate 5%), so random data
 * almost never produce a finding. Deterministic for a given seed. Method: docs/design/insights.md.
 * O(days · 30 · measures + n · groups + bootstrap resamples).
 *
 * Example: `computeInsights(checkins, { today: "2024-06-30", days: 30, locale: "en", seed: 1 })`.
 */
export function computeInsights(checkins: readonly Checkin[], options: InsightsOptions): InsightsReport {
  checkOptions(options);
  const { today, days, locale, seed } = options;
  const last = dayNumber(today);
  const first = last - days + 1;
  const index = prepareCheckins(checkins, last, "computeInsights");
  const inWindow = index.checkins.filter((c) => dayNumber(c.date) >= first);

  const changes = weekOverWeekComparisons(index.checkins, today, seed);
  const triggers = triggerComparisons(inWindow);
  const strategies = strategyComparisons(inWindow);
  const company = companyComparisons(inWindow);

  const all: Comparison[] = [...changes, ...triggers, ...strategies, ...company];
  const tested = all.filter((c) => c.pValue !== null);
  const adjusted = holmAdjust(tested.map((c) => c.pValue!));
  tested.forEach((comparison, i) => {
    comparison.adjustedPValue = adjusted[i]!;
    const effect = comparison.effect!;
    const excludesNoEffect = effect.low > effect.noEffect || effect.high < effect.noEffect;
    if (adjusted[i]! < FAMILY_ERROR_RATE && excludesNoEffect) {
      comparison.status = "shown";
      comparison.text = comparisonText(comparison, locale);
    }
  });
  const insights = tested
    .filter((c) => c.status === "shown")
    .sort(
      (a, b) =>
        a.adjustedPValue! - b.adjustedPValue! || Math.abs(b.effect!.estimate) - Math.abs(a.effect!.estimate),
    );

  const feelingDays = new Map<string, number>();
  for (const c of inWindow)
    for (const id of c.feelings ?? []) feelingDays.set(id, (feelingDays.get(id) ?? 0) + 1);
  const named = feelings
    .filter((f) => feelingDays.has(f.id))
    .map((f) => ({ id: f.id, label: f.label[locale], days: feelingDays.get(f.id)! }))
    .sort((a, b) => b.days - a.days);

  return {
    from: dateOfDay(first),
    to: today,
    days,
    locale,
    checkinCount: inWindow.length,
    trends: computeTrends(index.byDay, today, days, locale, seed),
    changes,
    triggers: byEstimate(triggers, 1, (c) => c.withDays.days),
    strategies: byEstimate(strategies, -1, (c) => c.uses),
    company: byEstimate(company, -1, (c) => c.withDays.days),
    insights,
    feelings: named,
    summary: weeklySummary(index.checkins, today, insights, locale),
    method: {
      comparisonsTested: tested.length,
      familyErrorRate: FAMILY_ERROR_RATE,
      intervalLevel: INTERVAL_LEVEL,
      minimums,
    },
  };
}
