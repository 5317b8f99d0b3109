import { addDays, dayNumber } from "./calendar-date";
import type { Checkin } from "./checkin";
import type { ChangeComparison } from "./comparison";
import { deriveSeed } from "./derive-seed";
import { compareMeans, outcomeOfWelch, summariseGroup, tooLittleData } from "./mean-difference";
import {
  type DecisionDay,
  dailyDecisions,
  dailyValue,
  type MeanMetricId,
  pooledShare,
  trendMetricIds,
} from "./metrics";
import { INTERVAL_LEVEL, minimums } from "./minimums";
import { decisionShareEstimate, summarisePooledShare } from "./pooled-share";
import { serialCorrelation, serialInflation } from "./stats/serial-correlation";
import { welchFromEstimates } from "./stats/welch-t";

function inRange(checkins: readonly Checkin[], from: string, to: string): Checkin[] {
  const first = dayNumber(from);
  const last = dayNumber(to);
  return checkins.filter((c) => {
    const day = dayNumber(c.date);
    return day >= first && day <= last;
  });
}

/** Pairs of values on consecutive calendar days, over the whole history given (sorted by date). */
function consecutivePairs(
  history: readonly Checkin[],
  value: (c: Checkin) => number | null,
): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 1; i < history.length; i++) {
    const previous = history[i - 1]!;
    const current = history[i]!;
    if (dayNumber(current.date) - dayNumber(previous.date) !== 1) continue;
    const a = value(previous);
    const b = value(current);
    if (a !== null && b !== null) pairs.push([a, b]);
  }
  return pairs;
}

/**
 * Each measure this week (the 7 days ending `today`) against the 7 days before, with Welch's t.
 * Days of one week resemble each other (a low stretch lasts a few days), which makes a plain t test
 * see changes that are not there, so each week's variance is widened by the serial-correlation
 * factor estimated from the person's whole history (see stats/serial-correlation.ts). The share of
 * decisions made alone is a ratio of sums, compared through its linearised variance. Estimates are
 * this week minus last week. Not yet corrected for multiplicity. O(n).
 */
export function weekOverWeekComparisons(
  history: readonly Checkin[],
  today: string,
  seed: number,
): ChangeComparison[] {
  const thisWeek = inRange(history, addDays(today, -6), today);
  const lastWeek = inRange(history, addDays(today, -13), addDays(today, -7));
  return trendMetricIds.map((metric): ChangeComparison => {
    if (metric === "decisionShare") return decisionShareChange(history, thisWeek, lastWeek, seed);
    const valueOfDay = (c: Checkin) => dailyValue(c, metric as MeanMetricId);
    const values = (week: Checkin[]) => week.map(valueOfDay).filter((v): v is number => v !== null);
    const current = values(thisWeek);
    const previous = values(lastWeek);
    const r = serialCorrelation(consecutivePairs(history, valueOfDay));
    return {
      id: `change:${metric}`,
      kind: "change",
      metric,
      n: current.length + previous.length,
      ...compareMeans(current, previous, minimums.changeDaysPerWeek, (n) => serialInflation(n, r)),
      adjustedPValue: null,
      text: null,
      thisWeek: summariseGroup(current),
      lastWeek: summariseGroup(previous),
    };
  });
}

function decisionShareChange(
  history: readonly Checkin[],
  thisWeek: Checkin[],
  lastWeek: Checkin[],
  seed: number,
): ChangeComparison {
  const decisions = (week: Checkin[]) => week.map(dailyDecisions).filter((d): d is DecisionDay => d !== null);
  const current = decisions(thisWeek);
  const previous = decisions(lastWeek);
  const base = {
    id: "change:decisionShare",
    kind: "change" as const,
    metric: "decisionShare" as const,
    n: current.length + previous.length,
    adjustedPValue: null,
    text: null,
    thisWeek: summarisePooledShare(current, deriveSeed(seed, "this-week:decisionShare")),
    lastWeek: summarisePooledShare(previous, deriveSeed(seed, "last-week:decisionShare")),
  };
  const total = (days: DecisionDay[]) => days.reduce((sum, d) => sum + d.total, 0);
  const enough = (days: DecisionDay[]) =>
    days.length >= minimums.changeDaysPerWeek && total(days) >= minimums.changeDecisionsPerWeek;
  if (!enough(current) || !enough(previous)) return { ...base, ...tooLittleData };
  const share = (c: Checkin) => {
    const day = dailyDecisions(c);
    return day ? day.alone / day.total : null;
  };
  const r = serialCorrelation(consecutivePairs(history, share));
  const widen = (days: DecisionDay[]) => {
    const estimate = decisionShareEstimate(days);
    return { ...estimate, varianceOfEstimate: estimate.varianceOfEstimate * serialInflation(days.length, r) };
  };
  const result = welchFromEstimates(widen(current), widen(previous), INTERVAL_LEVEL);
  const outcome = outcomeOfWelch(result, "share-difference", null);
  // The ratio's estimate is the pooled share, whatever the linearisation.
  if (outcome.effect) outcome.effect.estimate = pooledShare(current) - pooledShare(previous);
  return { ...base, ...outcome };
}
