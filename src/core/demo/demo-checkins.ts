import type { Locale } from "../locale";
import type { AfterEffect, Checkin } from "../patterns/checkin";
import { feelings } from "../patterns/feelings";
import { type SimulationPlan, simulateCheckins } from "../patterns/simulate-checkins";
import { createRandom, type RandomSource } from "../random";
import { type DemoNoteDay, demoMark, demoNotes } from "./demo-texts";

/** Days of check-ins in the demo account, ending today. */
export const DEMO_DAYS = 120;

/**
 * The demo person's days: someone leaning on others who slowly finds more balance. Two patterns are
 * planted, gently enough to look like a life and strongly enough for the insights to find them over
 * three months: waiting for a reply costs mood, and pausing to breathe usually helps. Over the four
 * months mood rises a little, ease alone grows, reassurance seeking falls and more decisions are made
 * alone. Everything else is noise.
 */
export function demoSimulationPlan(today: string): SimulationPlan {
  return {
    today,
    days: DEMO_DAYS,
    checkinRate: 0.88,
    triggerRate: 0.5,
    moodAutocorrelation: 0.3,
    triggerWeights: { "no-reply": 5, "partner-plans": 2, conflict: 1.5 },
    strategyWeights: { "pause-breathe": 5, "name-feeling": 2, write: 1.5 },
    triggerMoodShift: { "no-reply": -2, "partner-plans": -1 },
    strategyOdds: {
      "pause-breathe": { better: 0.8, worse: 0.05 },
      "name-feeling": { better: 0.6, worse: 0.15 },
    },
    start: { mood: -0.3, comfortAlone: 2, reassurance: 3.5, aloneChance: 0.3 },
    drift: { mood: 0.9, comfortAlone: 1.6, reassurance: -2.4, aloneChance: 0.35 },
  };
}

const pleasant = feelings.filter((f) => f.tone === "pleasant").map((f) => f.id);
const unpleasant = feelings.filter((f) => f.tone === "unpleasant").map((f) => f.id);
const waitingFeelings = ["anxious", "insecure", "lonely"];

function pickFrom<T>(items: readonly T[], random: RandomSource): T {
  return items[Math.floor(random.next() * items.length)]!;
}

/** One or two feelings that fit the day's mood and trigger. */
function feelingsFor(checkin: Checkin, random: RandomSource): string[] {
  const pool =
    checkin.trigger === "no-reply" && random.next() < 0.7
      ? waitingFeelings
      : checkin.mood > 0 || (checkin.mood === 0 && random.next() < 0.5)
        ? pleasant
        : unpleasant;
  const first = pickFrom(pool, random);
  const second = random.next() < 0.4 ? pickFrom(pool, random) : first;
  return second === first ? [first] : [first, second];
}

const feltAfter: readonly AfterEffect[] = ["better", "better", "same", "same", "worse"];

const noteFits: Record<DemoNoteDay, (checkin: Checkin) => boolean> = {
  waited: (c) => c.trigger === "no-reply" && c.helped?.strategy === "pause-breathe",
  alone: (c) => (c.company ?? []).includes("alone") && (c.comfortAlone ?? 0) >= 3,
  decided: (c) => (c.decisions?.alone ?? 0) > 0 && !c.trigger,
  conflict: (c) => c.trigger === "conflict",
  calm: (c) => !c.trigger && c.mood >= 1,
  friends: (c) => (c.company ?? []).includes("friends") && c.mood >= 0,
};

/**
 * The demo's 120 days of check-ins: the simulated days (see demoSimulationPlan) with feelings named
 * on most days, how reassurance felt afterwards on some, and a short note, marked as demo, on a few
 * days that fit it. Deterministic for a seed. O(days · notes).
 */
export function demoCheckins(today: string, locale: Locale, seed: number): Checkin[] {
  const random = createRandom(seed ^ 0x0de30);
  const days = simulateCheckins(demoSimulationPlan(today), seed).map((checkin) => {
    const day: Checkin = { ...checkin };
    if (random.next() < 0.8) day.feelings = feelingsFor(day, random);
    if (day.reassurance && day.reassurance.count > 0 && random.next() < 0.6) {
      day.reassurance = { ...day.reassurance, feltAfter: pickFrom(feltAfter, random) };
    }
    return day;
  });
  for (const note of demoNotes) {
    const fitting = days.filter((day) => !day.note && noteFits[note.day](day));
    if (fitting.length === 0) continue;
    pickFrom(fitting, random).note = `${demoMark[locale]} ${note.text[locale]}`;
  }
  return days;
}
