import type { Locale, LocalizedText } from "../locale";
import { dateOfDay, dayNumber } from "./calendar-date";
import type { Checkin } from "./checkin";
import type { GroupSummary } from "./comparison";
import { deriveSeed } from "./derive-seed";
import { summariseGroup } from "./mean-difference";
import {
  dailyDecisions,
  dailyValue,
  type MeanMetricId,
  metricLabels,
  pooledShare,
  type TrendMetricId,
  trendMetricIds,
} from "./metrics";
import { minimums } from "./minimums";
import { summarisePooledShare } from "./pooled-share";

/** One day of a trend chart. */
export interface TrendPoint {
  date: string;
  /** The day's own value, null when not noted. */
  value: number | null;
  /** Trailing 7- and 30-day averages ending that day; null below the minimum number of days. */
  average7: number | null;
  average30: number | null;
}

export interface Trend {
  metric: TrendMetricId;
  label: string;
  /** One point per calendar day of the window, oldest first, gaps included as nulls. */
  points: TrendPoint[];
  /** The last 7 and 30 days ending today, with 95% intervals. */
  last7: GroupSummary;
  last30: GroupSummary;
}

type DayEntry = { value: number } | { alone: number; total: number };

function entryOf(checkin: Checkin | undefined, metric: TrendMetricId): DayEntry | null {
  if (!checkin) return null;
  if (metric === "decisionShare") return dailyDecisions(checkin);
  const value = dailyValue(checkin, metric as MeanMetricId);
  return value === null ? null : { value };
}

function average(entries: DayEntry[], metric: TrendMetricId): number {
  if (metric === "decisionShare") return pooledShare(entries as { alone: number; total: number }[]);
  return (entries as { value: number }[]).reduce((sum, e) => sum + e.value, 0) / entries.length;
}

function entriesBetween(
  byDay: ReadonlyMap<number, Checkin>,
  metric: TrendMetricId,
  first: number,
  last: number,
) {
  const entries: DayEntry[] = [];
  for (let day = first; day <= last; day++) {
    const entry = entryOf(byDay.get(day), metric);
    if (entry) entries.push(entry);
  }
  return entries;
}

/**
 * Daily values and trailing 7- and 30-day averages for every measure over the window, plus the last
 * 7 and 30 days summarised with intervals (t intervals for day-averaged measures, a day-resampling
 * bootstrap for the pooled decision share). Averages may reach back before the window's first day so
 * a chart does not start empty. O(days · 30 · metrics).
 */
export function computeTrends(
  byDay: ReadonlyMap<number, Checkin>,
  today: string,
  days: number,
  locale: Locale,
  seed: number,
): Trend[] {
  const last = dayNumber(today);
  return trendMetricIds.map((metric) => {
    const points: TrendPoint[] = [];
    for (let day = last - days + 1; day <= last; day++) {
      const own = entryOf(byDay.get(day), metric);
      const week = entriesBetween(byDay, metric, day - 6, day);
      const month = entriesBetween(byDay, metric, day - 29, day);
      points.push({
        date: dateOfDay(day),
        value: own ? average([own], metric) : null,
        average7: week.length >= minimums.rolling7Days ? average(week, metric) : null,
        average30: month.length >= minimums.rolling30Days ? average(month, metric) : null,
      });
    }
    const summary = (span: number): GroupSummary => {
      const entries = entriesBetween(byDay, metric, last - span + 1, last);
      if (metric === "decisionShare") {
        return summarisePooledShare(
          entries as { alone: number; total: number }[],
          deriveSeed(seed, `last${span}:decisionShare`),
        );
      }
      return summariseGroup((entries as { value: number }[]).map((e) => e.value));
    };
    const label: LocalizedText = metricLabels[metric];
    return { metric, label: label[locale], points, last7: summary(7), last30: summary(30) };
  });
}
