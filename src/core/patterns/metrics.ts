import type { LocalizedText } from "../locale";
import type { Checkin } from "./checkin";

/** The daily measures Poise follows over time. */
export const trendMetricIds = ["mood", "energy", "comfortAlone", "reassurance", "decisionShare"] as const;
export type TrendMetricId = (typeof trendMetricIds)[number];

/** Daily measures that are averaged day by day (decisionShare is pooled instead: see below). */
export type MeanMetricId = Exclude<TrendMetricId, "decisionShare">;

export const metricLabels: Record<TrendMetricId, LocalizedText> = {
  mood: { en: "Mood", fr: "Humeur" },
  energy: { en: "Energy", fr: "Énergie" },
  comfortAlone: { en: "Ease with time alone", fr: "Aisance dans la solitude" },
  reassurance: { en: "Reassurance sought (times a day)", fr: "Recherche de réassurance (fois par jour)" },
  decisionShare: { en: "Decisions made on your own", fr: "Décisions prises par vous-même" },
};

/** The value of a day-averaged measure, or null when it was not noted. */
export function dailyValue(checkin: Checkin, metric: MeanMetricId): number | null {
  switch (metric) {
    case "mood":
      return checkin.mood;
    case "energy":
      return checkin.energy ?? null;
    case "comfortAlone":
      return checkin.comfortAlone ?? null;
    case "reassurance":
      return checkin.reassurance?.count ?? null;
  }
}

/** A day with at least one decision: how many were made alone, out of how many. */
export interface DecisionDay {
  alone: number;
  total: number;
}

/** Decisions of one day, or null when none were noted (a day with 0 of 0 says nothing about the share). */
export function dailyDecisions(checkin: Checkin): DecisionDay | null {
  if (!checkin.decisions) return null;
  const total = checkin.decisions.alone + checkin.decisions.afterApproval;
  return total > 0 ? { alone: checkin.decisions.alone, total } : null;
}

/**
 * The share of decisions made alone, pooled over days: sum(alone) / sum(total). Pooling weights a
 * day by how many decisions it held, which is what "the share of your decisions" means. O(n).
 * Example: days 1/1 and 1/3 pool to 2/4 = 0.5 (the mean of daily shares would say 0.67).
 */
export function pooledShare(days: readonly DecisionDay[]): number {
  let alone = 0;
  let total = 0;
  for (const day of days) {
    alone += day.alone;
    total += day.total;
  }
  return total > 0 ? alone / total : Number.NaN;
}
