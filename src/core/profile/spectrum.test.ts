import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HIGH_CUT, rankRegions, regionProbabilities } from "./region";
import { readingOfRegion, SPECTRUM_SEGMENTS, spectrumPosition } from "./spectrum";
import { spectrumReadings } from "./types";

const theta = fc.double({ min: -6, max: 6, noNaN: true });
const se = fc.double({ min: 0, max: 3, noNaN: true });
const fromT = (t: number) => (t - 50) / 10;

describe("spectrumPosition", () => {
  it("agrees with the map for Reliance T 40 and Distance T 50 (once read as 'going it alone')", () => {
    const reliance = { theta: fromT(40), se: 0.3 };
    const distance = { theta: fromT(50), se: 0.3 };
    const map = regionProbabilities(reliance, distance).probabilities;
    const line = spectrumPosition(reliance, distance);
    expect(rankRegions(map)[0]).toBe("balanced");
    expect(line.reading).toBe("balanced");
    expect(line.zone).toBe("balanced");
    expect(line.probabilities.balanced).toBe(map.balanced);
    expect(line.probabilities["going-it-alone"]).toBe(map["keeping-distance"]);
    // Inside the middle third, tilted towards the scale nearer its cut (Distance here).
    expect(line.position).toBeGreaterThan(0.5);
    expect(line.position).toBeLessThanOrEqual(2 / 3);
  });

  it("reads the map's most probable region, with its probability, for any scores (property)", () => {
    fc.assert(
      fc.property(theta, se, theta, se, (tr, sr, td, sd) => {
        const reliance = { theta: tr, se: sr };
        const distance = { theta: td, se: sd };
        const map = regionProbabilities(reliance, distance).probabilities;
        const top = rankRegions(map)[0]!;
        const line = spectrumPosition(reliance, distance);
        expect(line.reading).toBe(readingOfRegion[top]);
        expect(line.probabilities[line.reading]).toBe(map[top]);
        const sum = spectrumReadings.reduce((total, reading) => total + line.probabilities[reading], 0);
        expect(sum).toBeCloseTo(1, 12);
        // The dot is shown exactly when the map's most likely region is not "pulled both ways", and then
        // it sits in that region's third of the line.
        expect(line.showsDot).toBe(top !== "pulled-both-ways");
        if (line.showsDot) expect(line.zone).toBe(line.reading);
        const [low, high] = SPECTRUM_SEGMENTS[line.zone];
        expect(line.position).toBeGreaterThanOrEqual(low);
        expect(line.position).toBeLessThanOrEqual(high);
        expect(line.positionInterval[0]).toBeLessThanOrEqual(line.position);
        expect(line.positionInterval[1]).toBeGreaterThanOrEqual(line.position);
        expect(line.positionInterval[0]).toBeGreaterThanOrEqual(0);
        expect(line.positionInterval[1]).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });

  it("moves left as Reliance rises and right as Distance rises, while the dot is shown", () => {
    fc.assert(
      fc.property(theta, theta, fc.double({ min: 0.01, max: 3, noNaN: true }), (tr, td, step) => {
        const s = { se: 0.3 };
        const base = spectrumPosition({ theta: tr, ...s }, { theta: td, ...s });
        const moreR = spectrumPosition({ theta: tr + step, ...s }, { theta: td, ...s });
        const moreD = spectrumPosition({ theta: tr, ...s }, { theta: td + step, ...s });
        if (base.showsDot && moreR.showsDot)
          expect(moreR.position).toBeLessThanOrEqual(base.position + 1e-12);
        if (base.showsDot && moreD.showsDot)
          expect(moreD.position).toBeGreaterThanOrEqual(base.position - 1e-12);
      }),
    );
  });

  it("crosses from the middle into an end without a jump", () => {
    const low = { theta: -1.5, se: 0 };
    const below = spectrumPosition({ theta: HIGH_CUT - 1e-9, se: 0 }, low);
    const above = spectrumPosition({ theta: HIGH_CUT + 1e-9, se: 0 }, low);
    expect(below.zone).toBe("balanced");
    expect(above.zone).toBe("leaning-on-others");
    expect(above.position).toBeCloseTo(below.position, 6);
    expect(below.position).toBeCloseTo(1 / 3, 6);
  });

  it("says 'pulled both ways' without a dot when both scales are likely high", () => {
    const line = spectrumPosition({ theta: 2, se: 0.3 }, { theta: 1.2, se: 0.3 });
    expect(line.reading).toBe("pulled-both-ways");
    expect(line.showsDot).toBe(false);
    expect(line.probabilities["pulled-both-ways"]).toBeGreaterThan(0.9);
    // The end of the stronger pull, never the middle.
    expect(line.zone).toBe("leaning-on-others");
  });

  it("reaches the ends for far-out scores and stays finite", () => {
    expect(spectrumPosition({ theta: 6, se: 0.2 }, { theta: -6, se: 0.2 }).position).toBe(0);
    expect(spectrumPosition({ theta: -6, se: 0.2 }, { theta: 6, se: 0.2 }).position).toBe(1);
  });

  it("widens its range with uncertainty", () => {
    const sure = spectrumPosition({ theta: -1, se: 0.2 }, { theta: -0.5, se: 0.2 });
    const unsure = spectrumPosition({ theta: -1, se: 0.8 }, { theta: -0.5, se: 0.8 });
    const width = (p: typeof sure) => p.positionInterval[1] - p.positionInterval[0];
    expect(width(unsure)).toBeGreaterThan(width(sure));
    expect(unsure.probabilities[unsure.reading]).toBeLessThan(sure.probabilities[sure.reading]);
  });

  it("is a plain classification when both standard errors are 0", () => {
    const result = spectrumPosition({ theta: 0.2, se: 0 }, { theta: 1, se: 0 });
    expect(result.reading).toBe("going-it-alone");
    expect(result.probabilities["going-it-alone"]).toBe(1);
    expect(result.positionInterval).toEqual([result.position, result.position]);
  });

  it("refuses non-finite scores", () => {
    expect(() => spectrumPosition({ theta: Number.NaN, se: 0.3 }, { theta: 0, se: 0.3 })).toThrow(/theta/);
  });
});
