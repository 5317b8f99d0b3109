import { describe, expect, it } from "vitest";
import type { Checkin } from "./checkin";
import { type SimulationPlan, simulateCheckins } from "./simulate-checkins";

const plan: SimulationPlan = {
  today: "2025-03-31",
  days: 360,
  checkinRate: 0.9,
  triggerRate: 0.4,
  moodAutocorrelation: 0.3,
};

const meanOf = (checkins: Checkin[], read: (c: Checkin) => number | null | undefined) => {
  const values = checkins.map(read).filter((v): v is number => typeof v === "number");
  return values.reduce((s, v) => s + v, 0) / values.length;
};
const aloneShare = (checkins: Checkin[]) => {
  const alone = checkins.reduce((s, c) => s + (c.decisions?.alone ?? 0), 0);
  const total = checkins.reduce(
    (s, c) => s + (c.decisions ? c.decisions.alone + c.decisions.afterApproval : 0),
    0,
  );
  return alone / total;
};

describe("simulated check-ins with a drift", () => {
  const flat = simulateCheckins(plan, 11);
  const drifting = simulateCheckins(
    { ...plan, drift: { mood: 1, comfortAlone: 1.5, reassurance: -2, aloneChance: 0.4 } },
    11,
  );
  const firstMonth = (c: Checkin[]) => c.filter((x) => x.date < "2024-05-10");
  const lastMonth = (c: Checkin[]) => c.filter((x) => x.date > "2025-03-01");

  it("draws the same days, triggers and strategies as without it (the drift uses no random draws)", () => {
    const skeleton = (c: Checkin[]) => c.map((x) => [x.date, x.trigger, x.helped?.strategy, x.company]);
    expect(skeleton(drifting)).toEqual(skeleton(flat));
  });

  // Clipping to each measure's range eats part of the drift, so the checks ask for about half of it.
  it("moves the measures by about the drift from the first month to the last", () => {
    const change = (c: Checkin[], read: (x: Checkin) => number | null | undefined) =>
      meanOf(lastMonth(c), read) - meanOf(firstMonth(c), read);
    const comfort = (x: Checkin) => x.comfortAlone;
    const reassurance = (x: Checkin) => x.reassurance?.count;
    expect(change(drifting, comfort) - change(flat, comfort)).toBeGreaterThan(0.5);
    expect(change(drifting, reassurance) - change(flat, reassurance)).toBeLessThan(-1);
    expect(change(drifting, (x) => x.mood) - change(flat, (x) => x.mood)).toBeGreaterThan(0.5);
    const shareChange = (c: Checkin[]) => aloneShare(lastMonth(c)) - aloneShare(firstMonth(c));
    expect(shareChange(drifting) - shareChange(flat)).toBeGreaterThan(0.2);
  });

  it("starts from the given levels, and otherwise simulates the same days", () => {
    const started = simulateCheckins(
      { ...plan, start: { comfortAlone: 1, reassurance: 6, aloneChance: 0 } },
      11,
    );
    expect(started.map((x) => [x.date, x.trigger])).toEqual(flat.map((x) => [x.date, x.trigger]));
    expect(meanOf(started, (x) => x.comfortAlone)).toBeLessThan(1.6);
    expect(meanOf(started, (x) => x.reassurance?.count)).toBeGreaterThan(5);
    expect(started.every((x) => !x.decisions || x.decisions.alone === 0)).toBe(true);
    expect(flat.some((x) => x.decisions && x.decisions.alone > 0)).toBe(true);
  });
});
