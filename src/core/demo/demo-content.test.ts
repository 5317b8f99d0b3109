import { describe, expect, it } from "vitest";
import { inventory } from "../inventory/index";
import { locales } from "../locale";
import {
  answerItem,
  assessmentScores,
  nextItem,
  reliableChange,
  startAssessment,
} from "../measurement/index";
import { dayNumber } from "../patterns/calendar-date";
import { checkinIssues } from "../patterns/checkin-issues";
import { computeInsights } from "../patterns/compute-insights";
import { buildProfile } from "../profile/build-profile";
import { findForbiddenWords } from "../profile/forbidden-words";
import { detectSafetySignals } from "../safety/index";
import { demoAnswerSheet } from "./demo-assessments";
import { DEMO_SEED, demoContent } from "./demo-content";
import { demoJournalTexts, demoNotes, demoReflections } from "./demo-texts";

const today = "2026-11-25";
const content = demoContent({ today, locale: "en", seed: DEMO_SEED });

/** Runs the real adaptive check with a demo answer sheet, as the server does. */
function takeCheck(traits: (typeof content.checks)[number]["traits"], seed: number) {
  const answers = demoAnswerSheet(traits, seed);
  let state = startAssessment({ items: inventory.items, mode: "adaptive", seed });
  for (let step = nextItem(state); step; step = nextItem(state)) {
    state = answerItem(state, step.itemId, answers[step.itemId]!);
  }
  return { scores: assessmentScores(state), answers: state.answers };
}

describe("the demo content", () => {
  it("is the same for a seed and different for another", () => {
    expect(demoContent({ today, locale: "en", seed: DEMO_SEED })).toEqual(content);
    expect(demoContent({ today, locale: "en", seed: DEMO_SEED + 1 }).checkins).not.toEqual(content.checkins);
  });

  it("holds 120 days of valid check-ins, most days noted, none after today", () => {
    expect(content.from).toBe("2026-07-29");
    expect(dayNumber(today) - dayNumber(content.from) + 1).toBe(120);
    expect(content.checkins.length).toBeGreaterThan(95);
    for (const checkin of content.checkins) {
      expect(checkin.date >= content.from && checkin.date <= today).toBe(true);
      expect(checkinIssues(checkin)).toEqual([]);
    }
    expect(content.checkins.filter((c) => c.feelings?.length).length).toBeGreaterThan(70);
    expect(content.checkins.filter((c) => c.note).length).toBe(demoNotes.length);
  });

  it("plants patterns the insights find over three months, and nothing else", () => {
    const report = computeInsights(content.checkins, { today, days: 90, locale: "en", seed: 1 });
    expect(report.insights.map((i) => i.id).sort()).toEqual(["strategy:pause-breathe", "trigger:no-reply"]);
    // Over many demo people, the waiting pattern is usually clear enough to be shown.
    const found = Array.from({ length: 20 }, (_, i) =>
      computeInsights(demoContent({ today, locale: "en", seed: 100 + i }).checkins, {
        today,
        days: 90,
        locale: "en",
        seed: 1,
      }).insights.some((insight) => insight.id === "trigger:no-reply"),
    ).filter(Boolean).length;
    expect(found).toBeGreaterThanOrEqual(14);
  });

  it("drifts toward balance: less reassurance, more ease alone and more decisions alone", () => {
    const firstMonth = content.checkins.filter((c) => dayNumber(c.date) < dayNumber(content.from) + 30);
    const lastMonth = content.checkins.filter((c) => dayNumber(c.date) > dayNumber(today) - 30);
    const mean = (list: typeof firstMonth, read: (c: (typeof list)[number]) => number | null | undefined) => {
      const values = list.map(read).filter((v): v is number => typeof v === "number");
      return values.reduce((s, v) => s + v, 0) / values.length;
    };
    expect(mean(lastMonth, (c) => c.reassurance?.count)).toBeLessThan(
      mean(firstMonth, (c) => c.reassurance?.count) - 1,
    );
    expect(mean(lastMonth, (c) => c.comfortAlone)).toBeGreaterThan(
      mean(firstMonth, (c) => c.comfortAlone) + 0.8,
    );
  });

  it("takes three checks that move from leaning on others to balanced, through the real adaptive check", () => {
    expect(content.checks.map((c) => c.date)).toEqual(["2026-07-31", "2026-09-25", "2026-11-21"]);
    const results = content.checks.map((check, i) => takeCheck(check.traits, 40 + i));
    const regions = results.map(
      (r) => buildProfile({ scores: r.scores, locale: "en", answers: r.answers }).region.id,
    );
    expect(regions[0]).toBe("leaning-on-others");
    expect(regions[2]).toBe("balanced");
    const reliance = results.map((r) => r.scores.find((s) => s.scale === "reliance")!);
    expect(reliance[1]!.theta).toBeLessThan(reliance[0]!.theta);
    expect(reliableChange(reliance[0]!, reliance[2]!).class).toBe("improvement");
  });

  it("has a few practices done in the last eight weeks, with some reflections", () => {
    expect(content.practice.length).toBeGreaterThanOrEqual(6);
    expect(content.practice.every((p) => p.date <= today && dayNumber(today) - dayNumber(p.date) < 56)).toBe(
      true,
    );
    expect(content.practice.every((p) => p.slot >= 0 && p.slot < 3)).toBe(true);
    const reflections = content.practice.filter((p) => p.reflection).length;
    expect(reflections).toBeGreaterThan(0);
    expect(reflections).toBeLessThan(content.practice.length);
  });

  it("marks what the person wrote as demo, in the chosen language", () => {
    const french = demoContent({ today, locale: "fr", seed: DEMO_SEED });
    expect(french.journal).toHaveLength(6);
    for (const entry of french.journal) expect(entry.title.startsWith("[Démo] ")).toBe(true);
    for (const entry of content.journal) expect(entry.title.startsWith("[Demo] ")).toBe(true);
    expect(french.journal[0]!.text).toMatch(/J'ai rempli le questionnaire/);
    for (const c of french.checkins.filter((x) => x.note)) expect(c.note!.startsWith("[Démo] ")).toBe(true);
    for (const p of french.practice.filter((x) => x.reflection))
      expect(p.reflection!.startsWith("[Démo] ")).toBe(true);
  });

  it("is written in both languages, in French typography, without labels and without alarming the safety check", () => {
    const texts = [
      ...demoJournalTexts.flatMap((e) => [e.title, e.text]),
      ...demoNotes.map((n) => n.text),
      ...demoReflections,
    ];
    for (const text of texts) {
      expect(text.fr).not.toBe(text.en);
      expect(text.fr).not.toMatch(/[^\s][:;?!](\s|$)|[“”]/);
      for (const locale of locales) {
        expect(findForbiddenWords(text[locale], locale), text[locale]).toEqual([]);
        expect(detectSafetySignals(text[locale], locale).signals, text[locale]).toEqual([]);
      }
    }
  });
});
