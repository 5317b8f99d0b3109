import type { Locale } from "../../../core/locale";
import type { Effect, TrendMetricId } from "../../../core/patterns/index";

/** How a measure is drawn: its range, ticks and how a value reads. */
export interface MetricScale {
  domain: [number, number];
  ticks: number[];
  format: (value: number) => string;
}

function decimal(value: number, locale: Locale, digits = 1, signed = false): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: signed ? "exceptZero" : "auto",
  }).format(value);
}

function percent(share: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(share);
}

/**
 * The scale of each trend chart: mood −3..3 signed, energy and ease alone 1..5, reassurance from 0 to
 * the highest day seen (at least 4), the share of decisions made alone 0–100%. O(points).
 */
export function metricScale(metric: TrendMetricId, locale: Locale, highest = 0): MetricScale {
  switch (metric) {
    case "mood":
      return {
        domain: [-3, 3],
        ticks: [-3, -2, -1, 0, 1, 2, 3],
        format: (v) => decimal(v, locale, 0, true),
      };
    case "energy":
    case "comfortAlone":
      return { domain: [1, 5], ticks: [1, 2, 3, 4, 5], format: (v) => decimal(v, locale, 0) };
    case "reassurance": {
      const top = Math.max(4, Math.ceil(highest));
      const step = top <= 6 ? 1 : Math.ceil(top / 5);
      const ticks = Array.from({ length: Math.ceil(top / step) + 1 }, (_, i) => i * step);
      return { domain: [0, ticks.at(-1)!], ticks, format: (v) => decimal(v, locale, 0) };
    }
    case "decisionShare":
      return { domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1], format: (v) => percent(v, locale) };
  }
}

/** A value of a measure as text: mood signed with one decimal, the decision share in percent. */
export function formatMetricValue(metric: TrendMetricId, value: number, locale: Locale): string {
  if (metric === "decisionShare") return percent(value, locale);
  return decimal(value, locale, 1, metric === "mood");
}

/**
 * The interval of an effect in its own unit, ready for "likely range {{low}} to {{high}} {{unit}}":
 * mood points, percentage points for a difference of shares, percent for the share of "better".
 */
export function effectRange(
  effect: Effect,
  locale: Locale,
): { low: string; high: string; unit: "points" | "percentagePoints" | "percent" } {
  if (effect.measure === "mean-difference") {
    return {
      low: decimal(effect.low, locale, 1, true),
      high: decimal(effect.high, locale, 1, true),
      unit: "points",
    };
  }
  if (effect.measure === "share-difference") {
    return {
      low: decimal(effect.low * 100, locale, 0, true),
      high: decimal(effect.high * 100, locale, 0, true),
      unit: "percentagePoints",
    };
  }
  return { low: percent(effect.low, locale), high: percent(effect.high, locale), unit: "percent" };
}
