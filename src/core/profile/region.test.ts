import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { certaintyOf, HIGH_CUT, rankRegions, regionProbabilities } from "./region";
import { regionIds } from "./types";

const theta = fc.double({ min: -6, max: 6, noNaN: true });
const se = fc.double({ min: 0, max: 3, noNaN: true });

describe("regionProbabilities", () => {
  it("gives four probabilities in [0, 1] that sum to 1", () => {
    fc.assert(
      fc.property(theta, se, theta, se, (tr, sr, td, sd) => {
        const { probabilities } = regionProbabilities({ theta: tr, se: sr }, { theta: td, se: sd });
        const values = regionIds.map((id) => probabilities[id]);
        for (const p of values) expect(p >= 0 && p <= 1).toBe(true);
        expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }),
    );
  });

  it("moves towards leaning on others as Reliance rises, and towards distance as Distance rises", () => {
    fc.assert(
      fc.property(
        theta,
        theta,
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        (tr, td, s, step) => {
          const base = regionProbabilities({ theta: tr, se: s }, { theta: td, se: s }).probabilities;
          const moreR = regionProbabilities({ theta: tr + step, se: s }, { theta: td, se: s }).probabilities;
          const moreD = regionProbabilities({ theta: tr, se: s }, { theta: td + step, se: s }).probabilities;
          expect(moreR.balanced).toBeLessThanOrEqual(base.balanced + 1e-12);
          expect(moreR["leaning-on-others"]).toBeGreaterThanOrEqual(base["leaning-on-others"] - 1e-12);
          expect(moreR["pulled-both-ways"]).toBeGreaterThanOrEqual(base["pulled-both-ways"] - 1e-12);
          expect(moreR["keeping-distance"]).toBeLessThanOrEqual(base["keeping-distance"] + 1e-12);
          expect(moreD["keeping-distance"]).toBeGreaterThanOrEqual(base["keeping-distance"] - 1e-12);
          expect(moreD["leaning-on-others"]).toBeLessThanOrEqual(base["leaning-on-others"] + 1e-12);
        },
      ),
    );
  });

  it("puts clear cases in their region", () => {
    const cases = [
      [-1, -1, "balanced"],
      [2, -1, "leaning-on-others"],
      [-1, 2, "keeping-distance"],
      [2, 2, "pulled-both-ways"],
    ] as const;
    for (const [tr, td, region] of cases) {
      const { probabilities } = regionProbabilities({ theta: tr, se: 0.3 }, { theta: td, se: 0.3 });
      expect(rankRegions(probabilities)[0]).toBe(region);
      expect(probabilities[region]).toBeGreaterThan(0.9);
    }
  });

  it("stays finite and decisive at extreme thetas", () => {
    const { probabilities } = regionProbabilities({ theta: 6, se: 0.2 }, { theta: -6, se: 0.2 });
    expect(probabilities["leaning-on-others"]).toBeCloseTo(1, 9);
    expect(probabilities.balanced).toBeGreaterThanOrEqual(0);
  });

  it("spreads out when the posterior is wide, instead of claiming a region", () => {
    const { probabilities } = regionProbabilities({ theta: HIGH_CUT, se: 5 }, { theta: HIGH_CUT, se: 5 });
    for (const id of regionIds) expect(probabilities[id]).toBeCloseTo(0.25, 6);
    expect(certaintyOf(Math.max(...Object.values(probabilities)))).toBe("uncertain");
  });

  it("turns into the plain classification when se is 0", () => {
    const { probabilities } = regionProbabilities({ theta: 0.6, se: 0 }, { theta: 0.4, se: 0 });
    expect(probabilities["leaning-on-others"]).toBe(1);
  });

  it("refuses non-finite input", () => {
    expect(() => regionProbabilities({ theta: Number.NaN, se: 0.3 }, { theta: 0, se: 0.3 })).toThrow(
      /reliance theta/,
    );
    expect(() => regionProbabilities({ theta: 0, se: 0.3 }, { theta: 0, se: -1 })).toThrow(/distance se/);
  });
});

describe("certaintyOf", () => {
  it("names how firm the top probability is", () => {
    expect(certaintyOf(0.9)).toBe("clear");
    expect(certaintyOf(0.6)).toBe("likely");
    expect(certaintyOf(0.4)).toBe("uncertain");
  });
});
