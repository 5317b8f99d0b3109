import { describe, expect, it } from "vitest";
import type { Checkin } from "../../../core/patterns/checkin";
import { computeInsights } from "../../../core/patterns/compute-insights";
import { simulateCheckins } from "../../../core/patterns/simulate-checkins";
import { dataNeeds, unclearCount } from "./data-needs";

const today = "2026-11-25";
const report = (checkins: Checkin[]) => computeInsights(checkins, { today, days: 30, locale: "en", seed: 1 });

describe("what the insights still need", () => {
  it("counts the days the week-over-week comparison is missing", () => {
    // Two days this week, three the week before: 2 + 1 more.
    const checkins: Checkin[] = ["2026-11-24", "2026-11-25", "2026-11-14", "2026-11-15", "2026-11-16"].map(
      (date) => ({ date, mood: 1 }),
    );
    const needs = dataNeeds(report(checkins));
    expect(needs.needs[0]).toEqual({ kind: "weeks", thisWeek: 2, lastWeek: 3, more: 3 });
    expect(needs.soonest).toBe(3);
  });

  it("lists nothing for a person with no check-ins yet", () => {
    expect(dataNeeds(report([]))).toEqual({ needs: [], soonest: null });
  });

  it("lists a trigger and a strategy that have started, soonest first, and nothing never noted", () => {
    const checkins: Checkin[] = [
      { date: "2026-11-20", mood: -1, trigger: "no-reply", helped: { strategy: "write", effect: "better" } },
      { date: "2026-11-21", mood: -2, trigger: "no-reply", helped: { strategy: "write", effect: "same" } },
      { date: "2026-11-22", mood: -1, trigger: "no-reply" },
      { date: "2026-11-23", mood: -1, trigger: "no-reply" },
      { date: "2026-11-24", mood: 2 },
    ];
    const { needs, soonest } = dataNeeds(report(checkins));
    const trigger = needs.find((n) => n.kind === "trigger");
    expect(trigger).toEqual({ kind: "trigger", id: "no-reply", days: 4, more: 1, moreCalm: 4 });
    expect(needs.find((n) => n.kind === "strategy")).toEqual({
      kind: "strategy",
      id: "write",
      uses: 2,
      more: 4,
    });
    expect(needs.some((n) => n.kind === "trigger" && n.id === "conflict")).toBe(false);
    expect(soonest).toBe(
      Math.min(
        ...needs.map(
          (n) => n.more + ("moreCalm" in n ? n.moreCalm : 0) + ("moreOther" in n ? n.moreOther : 0),
        ),
      ),
    );
  });

  it("needs nothing once every comparison has its days, and then counts the unclear ones", () => {
    const plenty = simulateCheckins(
      { today, days: 120, checkinRate: 1, triggerRate: 0, moodAutocorrelation: 0 },
      3,
    );
    const full = report(plenty);
    expect(dataNeeds(full).needs.filter((n) => n.kind === "weeks")).toEqual([]);
    expect(unclearCount(full)).toBe(
      full.changes.filter((c) => c.status === "not-clear").length +
        full.company.filter((c) => c.status === "not-clear").length,
    );
    expect(unclearCount(full)).toBeGreaterThan(0);
  });
});
