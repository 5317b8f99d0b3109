import { describe, expect, it } from "vitest";
import { type CompletionRecord, practiceProgress } from "./progress";
import { progressSummary } from "./progress-summary";

const plans = [
  { weekStart: "2024-06-03", practiceIds: ["solo-hour", "name-it-to-tame-it", "i-statements"] },
  { weekStart: "2024-06-17", practiceIds: ["reassurance-delay", "values-compass", "support-map"] },
];

const records: CompletionRecord[] = [
  { practiceId: "solo-hour", date: "2024-06-04", reflection: "Easier than I thought." },
  { practiceId: "solo-hour", date: "2024-06-06" },
  { practiceId: "name-it-to-tame-it", date: "2024-06-09", reflection: "  " },
  { practiceId: "celebrate-small-win", date: "2024-06-05" },
  // Week of 2024-06-10 has no plan and one completion.
  { practiceId: "solo-hour", date: "2024-06-12", reflection: null },
  // Week of 2024-06-17: one planned practice done.
  { practiceId: "values-compass", date: "2024-06-23", reflection: "Honesty came first." },
  { practiceId: "retired-practice", date: "2024-06-18" },
];

describe("practiceProgress", () => {
  const progress = practiceProgress(records, plans);

  it("counts completions, active weeks and written reflections", () => {
    expect(progress.totalCompletions).toBe(7);
    expect(progress.activeWeeks).toBe(3);
    expect(progress.reflections).toBe(2); // blank and null reflections do not count
  });

  it("lines plans and completions up by week, without streaks or missed counts", () => {
    expect(progress.weeks).toEqual([
      {
        weekStart: "2024-06-03",
        planned: ["solo-hour", "name-it-to-tame-it", "i-statements"],
        done: ["solo-hour", "celebrate-small-win", "name-it-to-tame-it"],
        plannedDone: 2,
        completions: 4,
      },
      { weekStart: "2024-06-10", planned: [], done: ["solo-hour"], plannedDone: 0, completions: 1 },
      {
        weekStart: "2024-06-17",
        planned: ["reassurance-delay", "values-compass", "support-map"],
        done: ["retired-practice", "values-compass"],
        plannedDone: 1,
        completions: 2,
      },
    ]);
    expect(Object.keys(progress).join()).not.toMatch(/streak|missed/i);
  });

  it("counts per practice and per facet", () => {
    expect(progress.practices[0]).toEqual({
      practiceId: "solo-hour",
      completions: 3,
      lastDate: "2024-06-12",
    });
    expect(progress.practices).toHaveLength(5);
    // solo-hour (3) builds discomfort-alone and comfortable-solitude; values-compass (1) builds
    // decision-confidence and inner-validation; celebrate-small-win (1) inner-validation;
    // name-it-to-tame-it (1) self-regulation and regulating-through-others.
    const facets = Object.fromEntries(progress.facets.map((f) => [f.facet, f.completions]));
    expect(facets).toEqual({
      "comfortable-solitude": 3,
      "discomfort-alone": 3,
      "inner-validation": 2,
      "decision-confidence": 1,
      "regulating-through-others": 1,
      "self-regulation": 1,
    });
  });

  it("puts a plan that starts mid-week in its Monday's week", () => {
    const midWeek = practiceProgress(
      [{ practiceId: "solo-hour", date: "2024-06-03" }],
      [{ weekStart: "2024-06-05", practiceIds: ["solo-hour"] }],
    );
    expect(midWeek.weeks).toHaveLength(1);
    expect(midWeek.weeks[0]!.plannedDone).toBe(1);
  });

  it("handles nothing at all, and refuses malformed dates", () => {
    expect(practiceProgress([], [])).toEqual({
      totalCompletions: 0,
      activeWeeks: 0,
      reflections: 0,
      weeks: [],
      practices: [],
      facets: [],
    });
    expect(() => practiceProgress([{ practiceId: "solo-hour", date: "06/04/2024" }], [])).toThrow(
      /practiceProgress requires/,
    );
  });
});

describe("progressSummary", () => {
  it("says what was done, kindly, in both languages", () => {
    const progress = practiceProgress(records, plans);
    expect(progressSummary(progress, "en")).toBe(
      "You have practised 7 times, in 3 different weeks. You wrote 2 reflections along the way. Most often: A solo hour, ten minutes at a time (3 times).",
    );
    expect(progressSummary(progress, "fr")).toBe(
      "Vous avez pratiqué 7 fois, au cours de 3 semaines différentes. Vous avez écrit 2 réflexions en chemin. Le plus souvent\u00a0: Une heure à soi, dix minutes pour commencer (3 fois).",
    );
    const none = practiceProgress([], plans);
    expect(progressSummary(none, "en")).toMatch(/starts with the first practice/);
    expect(progressSummary(none, "fr")).toMatch(/commence avec la première pratique/);
    const one = practiceProgress([{ practiceId: "solo-hour", date: "2024-06-04" }], []);
    expect(progressSummary(one, "en")).toBe("You have practised 1 time, in one week.");
  });
});
