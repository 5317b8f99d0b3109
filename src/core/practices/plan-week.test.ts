import { describe, expect, it } from "vitest";
import { addDays } from "../patterns/calendar-date";
import { practiceById } from "./library";
import { planInputFromProfile } from "./plan-input-from-profile";
import { type PlanWeekInput, planWeek, type WeekPlan } from "./plan-week";

const base: PlanWeekInput = {
  focusFacets: ["reassurance-seeking", "discomfort-alone", "inner-validation"],
  strengths: ["connection", "self-trust"],
  previousPlans: [],
  weekStart: "2024-06-03",
  seed: 42,
};

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

describe("planWeek", () => {
  it("puts the focus facets first, then a strength to build on", () => {
    const plan = planWeek(base);
    expect(plan.practiceIds).toHaveLength(3);
    expect(new Set(plan.practiceIds).size).toBe(3);
    expect(plan.reasons.map((r) => r.reason)).toEqual(["focus", "focus", "strength"]);
    expect(plan.reasons[0]!.facet).toBe("reassurance-seeking");
    expect(plan.reasons[1]!.facet).toBe("discomfort-alone");
    expect(practiceById(plan.practiceIds[0]!)!.facets).toContain("reassurance-seeking");
    expect(practiceById(plan.practiceIds[1]!)!.facets).toContain("discomfort-alone");
    const connectionFacets = ["expressing-needs", "support-by-choice", "respecting-independence"];
    expect(practiceById(plan.practiceIds[2]!)!.facets.some((f) => connectionFacets.includes(f))).toBe(true);
    expect(connectionFacets).toContain(plan.reasons[2]!.facet);
    expect(plan.chosen).toBe(false);
  });

  it("is deterministic for a seed and a week, and varies with the seed", () => {
    expect(planWeek(base)).toEqual(planWeek({ ...base }));
    const plans = Array.from({ length: 12 }, (_, seed) => planWeek({ ...base, seed }).practiceIds.join());
    expect(new Set(plans).size).toBeGreaterThan(1);
  });

  it("never repeats last week's set over a year of weeks, and keeps to the focus facets", () => {
    const history: WeekPlan[] = [];
    for (let week = 0; week < 52; week++) {
      const plan = planWeek({
        ...base,
        weekStart: addDays("2024-01-01", 7 * week),
        previousPlans: history,
        seed: 7,
      });
      const previous = history.at(-1);
      if (previous) expect(sameSet(plan.practiceIds, previous.practiceIds), plan.weekStart).toBe(false);
      expect(practiceById(plan.practiceIds[0]!)!.facets).toContain("reassurance-seeking");
      history.push(plan);
    }
  });

  it("steps away from last week's set even when a facet has only three practices", () => {
    // "discomfort-with-closeness" is served by exactly three practices; with no strengths all three
    // slots serve it, so week two needs a practice from elsewhere.
    const input = { ...base, focusFacets: ["discomfort-with-closeness"], strengths: [] };
    const first = planWeek(input);
    expect(
      first.practiceIds.every((id) => practiceById(id)!.facets.includes("discomfort-with-closeness")),
    ).toBe(true);
    const second = planWeek({ ...input, weekStart: "2024-06-10", previousPlans: [first] });
    expect(sameSet(second.practiceIds, first.practiceIds)).toBe(false);
    expect(
      second.practiceIds.filter((id) => practiceById(id)!.facets.includes("discomfort-with-closeness"))
        .length,
    ).toBe(2);
  });

  it("keeps what the person chose, even the same set as last week", () => {
    const last = planWeek(base);
    const repeat = planWeek({
      ...base,
      weekStart: "2024-06-10",
      previousPlans: [last],
      chosen: last.practiceIds,
    });
    expect(repeat.practiceIds).toEqual(last.practiceIds);
    expect(repeat.chosen).toBe(true);
    expect(repeat.reasons.every((r) => r.reason === "chosen")).toBe(true);
    const partly = planWeek({
      ...base,
      weekStart: "2024-06-10",
      previousPlans: [last],
      chosen: ["solo-hour"],
    });
    expect(partly.practiceIds[0]).toBe("solo-hour");
    // One chosen: the first focus facet and the strongest strength keep their slots.
    expect(partly.reasons.map((r) => r.reason)).toEqual(["chosen", "focus", "strength"]);
    // A chosen practice that already serves the first focus facet frees its slot for the second.
    const serving = planWeek({ ...base, chosen: ["reassurance-delay"] });
    expect(serving.reasons.map((r) => r.facet).slice(0, 2)).toEqual([null, "discomfort-alone"]);
    expect(partly.chosen).toBe(false);
  });

  it("only looks at the latest plan before this week", () => {
    const older = planWeek({ ...base, weekStart: "2024-05-20" });
    const sameWeek = planWeek(base);
    // A plan for this very week (re-planning) or a later one does not count as last week.
    const replanned = planWeek({ ...base, previousPlans: [sameWeek, older] });
    expect(replanned.practiceIds).toEqual(planWeek({ ...base, previousPlans: [older] }).practiceIds);
  });

  it("falls back to strengths, then to the whole library", () => {
    const strengthsOnly = planWeek({ ...base, focusFacets: [] });
    expect(strengthsOnly.reasons.map((r) => r.reason)).toEqual(["strength", "strength", "strength"]);
    const nothing = planWeek({ ...base, focusFacets: [], strengths: [] });
    expect(nothing.reasons.map((r) => r.reason)).toEqual(["general", "general", "general"]);
    expect(new Set(nothing.practiceIds).size).toBe(3);
    const oneFocus = planWeek({ ...base, focusFacets: ["refusing-support"], strengths: [] });
    expect(oneFocus.reasons.every((r) => r.facet === "refusing-support")).toBe(true);
    // Only two practices serve decision-dependence: the third place goes to the wider library.
    const narrow = planWeek({ ...base, focusFacets: ["decision-dependence"], strengths: [] });
    expect(narrow.reasons.map((r) => r.reason)).toEqual(["focus", "focus", "general"]);
  });

  it("refuses unknown facets, practices and dates", () => {
    expect(() => planWeek({ ...base, focusFacets: ["clinginess"] })).toThrow(/known focus facets/);
    expect(() => planWeek({ ...base, strengths: ["courage"] })).toThrow(/known strengths/);
    expect(() => planWeek({ ...base, chosen: ["juggling"] })).toThrow(/known chosen practices/);
    expect(() => planWeek({ ...base, chosen: ["solo-hour", "solo-hour"] })).toThrow(/without repeats/);
    expect(() => planWeek({ ...base, weekStart: "next monday" })).toThrow(/weekStart/);
  });
});

describe("planInputFromProfile", () => {
  it("takes the focus facets in order and the strongest strength first", () => {
    const input = planInputFromProfile({
      focusFacets: [{ facet: "withholding-feelings" }, { facet: "refusing-support" }] as never,
      strengths: [
        { scale: "self-trust", level: "steady" },
        { scale: "connection", level: "strong" },
      ] as never,
    });
    expect(input).toEqual({
      focusFacets: ["withholding-feelings", "refusing-support"],
      strengths: ["connection", "self-trust"],
    });
    expect(() => planWeek({ ...base, ...input })).not.toThrow();
  });
});
