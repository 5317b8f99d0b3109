import { describe, expect, it } from "vitest";
import { createRandom, normalDraw, stepRandom } from "./random";

describe("createRandom", () => {
  it("repeats the same sequence for the same seed and resumes from its state", () => {
    const first = createRandom(7);
    const a = [first.next(), first.next()];
    const resumed = createRandom(first.state);
    const again = createRandom(7);
    expect([again.next(), again.next()]).toEqual(a);
    expect(resumed.next()).toBe(again.next());
  });

  it("draws uniformly in [0, 1)", () => {
    const random = createRandom(123);
    const draws = Array.from({ length: 20_000 }, () => random.next());
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    expect(mean).toBeCloseTo(0.5, 1);
    expect(stepRandom(1).state).not.toBe(1);
  });

  it("gives standard normal draws", () => {
    const random = createRandom(99);
    const draws = Array.from({ length: 20_000 }, () => normalDraw(random));
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / draws.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(variance).toBeGreaterThan(0.95);
    expect(variance).toBeLessThan(1.05);
  });
});
