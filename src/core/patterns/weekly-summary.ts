import type { Locale } from "../locale";
import { frenchTypography } from "../profile/french-typography";
import { addDays, dayNumber } from "./calendar-date";
import { type Checkin, type StrategyId, strategyIds, type TriggerId, triggerIds } from "./checkin";
import type { Comparison } from "./comparison";
import { formatMood, formatNumber, formatPercent } from "./format";
import { strategyLabels, triggerLabels } from "./labels";

/** A week in a few short lines, readable in thirty seconds. */
export interface WeeklySummary {
  /** The 7 days ending today. */
  from: string;
  to: string;
  checkins: number;
  headline: string;
  lines: string[];
}

/** French gets its apostrophes and no-break spaces (the web app's convention); English is left as is. */
const typeset = (text: string, locale: Locale) => (locale === "fr" ? frenchTypography(text) : text);

function meanOf(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}

function mostFrequent<T extends string>(
  ids: readonly T[],
  counts: Map<T, number>,
): { id: T; count: number } | null {
  let best: { id: T; count: number } | null = null;
  for (const id of ids) {
    const count = counts.get(id) ?? 0;
    if (count > 0 && (!best || count > best.count)) best = { id, count };
  }
  return best;
}

/**
 * The summary of the 7 days ending `today`: how many days were noted, average mood (with the week
 * before for reference), energy, decisions made alone, reassurance, ease alone, the trigger that came
 * up most and what most often helped, then the clearest insight of the report if there is one.
 * Plain counts and averages only; anything about a difference comes from a shown insight.
 * O(n).
 */
export function weeklySummary(
  checkins: readonly Checkin[],
  today: string,
  shown: readonly Comparison[],
  locale: Locale,
): WeeklySummary {
  const from = addDays(today, -6);
  const [first, last] = [dayNumber(from), dayNumber(today)];
  const week = checkins.filter((c) => dayNumber(c.date) >= first && dayNumber(c.date) <= last);
  const before = checkins.filter((c) => dayNumber(c.date) >= first - 7 && dayNumber(c.date) < first);
  const fr = locale === "fr";
  if (week.length === 0) {
    const headline = fr
      ? "Rien de noté ces 7 derniers jours. Quand vous en aurez envie, une minute suffit pour reprendre."
      : "Nothing noted in the last 7 days. Whenever you feel like it, one minute is enough to pick up again.";
    return { from, to: today, checkins: 0, headline: typeset(headline, locale), lines: [] };
  }
  const headline = fr
    ? `Votre semaine en bref : vous avez fait le point ${week.length} ${week.length === 1 ? "jour" : "jours"} sur 7.`
    : `Your week at a glance: you checked in on ${week.length} of the last 7 days.`;
  const lines: string[] = [];

  const mood = meanOf(week.map((c) => c.mood))!;
  const moodBefore = meanOf(before.map((c) => c.mood));
  if (moodBefore === null)
    lines.push(
      fr ? `Humeur moyenne : ${formatMood(mood, "fr")}.` : `Mood averaged ${formatMood(mood, "en")}.`,
    );
  else {
    lines.push(
      fr
        ? `Humeur moyenne : ${formatMood(mood, "fr")} (semaine précédente : ${formatMood(moodBefore, "fr")}).`
        : `Mood averaged ${formatMood(mood, "en")} (the week before: ${formatMood(moodBefore, "en")}).`,
    );
  }
  const energy = meanOf(week.flatMap((c) => (c.energy == null ? [] : [c.energy])));
  if (energy !== null) {
    lines.push(
      fr
        ? `Énergie moyenne : ${formatNumber(energy, 1, "fr")} sur 5.`
        : `Energy averaged ${formatNumber(energy, 1, "en")} out of 5.`,
    );
  }
  const alone = week.reduce((s, c) => s + (c.decisions?.alone ?? 0), 0);
  const total = week.reduce(
    (s, c) => s + (c.decisions ? c.decisions.alone + c.decisions.afterApproval : 0),
    0,
  );
  if (total > 0) {
    lines.push(
      fr
        ? `Décisions prises par vous-même : ${alone} sur ${total} (${formatPercent(alone / total, "fr")}).`
        : `Decisions made on your own: ${alone} of ${total} (${formatPercent(alone / total, "en")}).`,
    );
  }
  const reassurance = meanOf(week.flatMap((c) => (c.reassurance ? [c.reassurance.count] : [])));
  if (reassurance !== null) {
    lines.push(
      fr
        ? `Recherche de réassurance : ${formatNumber(reassurance, 1, "fr")} fois par jour en moyenne.`
        : `Reassurance sought: ${formatNumber(reassurance, 1, "en")} times a day on average.`,
    );
  }
  const comfort = meanOf(week.flatMap((c) => (c.comfortAlone == null ? [] : [c.comfortAlone])));
  if (comfort !== null) {
    lines.push(
      fr
        ? `Aisance dans la solitude : ${formatNumber(comfort, 1, "fr")} sur 5.`
        : `Ease with time alone: ${formatNumber(comfort, 1, "en")} out of 5.`,
    );
  }
  const triggerCounts = new Map<TriggerId, number>();
  for (const c of week) if (c.trigger) triggerCounts.set(c.trigger, (triggerCounts.get(c.trigger) ?? 0) + 1);
  const trigger = mostFrequent(triggerIds, triggerCounts);
  if (trigger) {
    const label = triggerLabels[trigger.id][locale].toLowerCase();
    const days = fr
      ? `${trigger.count} ${trigger.count === 1 ? "jour" : "jours"}`
      : `${trigger.count} ${trigger.count === 1 ? "day" : "days"}`;
    lines.push(
      fr
        ? `Ce qui est revenu le plus : ${label} (${days}).`
        : `What came up most: ${label.toLowerCase()} (${days}).`,
    );
  }
  const betterCounts = new Map<StrategyId, number>();
  const useCounts = new Map<StrategyId, number>();
  for (const c of week) {
    if (!c.helped) continue;
    useCounts.set(c.helped.strategy, (useCounts.get(c.helped.strategy) ?? 0) + 1);
    if (c.helped.effect === "better")
      betterCounts.set(c.helped.strategy, (betterCounts.get(c.helped.strategy) ?? 0) + 1);
  }
  const helped = mostFrequent(strategyIds, betterCounts);
  if (helped) {
    const label = strategyLabels[helped.id][locale].toLowerCase();
    const uses = useCounts.get(helped.id)!;
    lines.push(
      fr
        ? `Ce qui a le plus souvent fait du bien : ${label} (${helped.count} fois sur ${uses}).`
        : `What most often helped: ${label} (better ${helped.count} ${helped.count === 1 ? "time" : "times"} out of ${uses}).`,
    );
  }
  const clearest = shown.find((c) => c.text !== null);
  if (clearest) {
    // French does not capitalise after a colon.
    const text = clearest.text!;
    lines.push(
      fr ? `À remarquer : ${text.charAt(0).toLowerCase()}${text.slice(1)}` : `Worth noticing: ${text}`,
    );
  }
  return {
    from,
    to: today,
    checkins: week.length,
    headline: typeset(headline, locale),
    lines: lines.map((line) => typeset(line, locale)),
  };
}
