import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spectrumPosition } from "./spectrum";

describe("spectrumPosition", () => {
  it("sits in the middle when Reliance and Distance are equal", () => {
    const result = spectrumPosition({ theta: 1.2, se: 0.3 }, { theta: 1.2, se: 0.4 });
    expect(result.zone).toBe("balanced");
    expect(result.position).toBe(0.5);
    expect(result.se).toBeCloseTo(0.5, 12);
  });

  it("leans on others when Reliance is well above Distance, and goes it alone in the opposite case", () => {
    expect(spectrumPosition({ theta: 1.5, se: 0.3 }, { theta: -0.5, se: 0.3 }).zone).toBe(
      "leaning-on-others",
    );
    expect(spectrumPosition({ theta: -0.5, se: 0.3 }, { theta: 1.5, se: 0.3 }).zone).toBe("going-it-alone");
  });

  it("has zone probabilities that sum to 1 and a position that falls as the difference grows", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -6, max: 6, noNaN: true }),
        fc.double({ min: -6, max: 6, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0.01, max: 3, noNaN: true }),
        (tr, td, s, step) => {
          const a = spectrumPosition({ theta: tr, se: s }, { theta: td, se: s });
          const b = spectrumPosition({ theta: tr + step, se: s }, { theta: td, se: s });
          const sum = Object.values(a.probabilities).reduce((x, y) => x + y, 0);
          expect(sum).toBeCloseTo(1, 9);
          expect(b.position).toBeLessThanOrEqual(a.position);
          expect(b.probabilities["leaning-on-others"]).toBeGreaterThanOrEqual(
            a.probabilities["leaning-on-others"] - 1e-12,
          );
          expect(a.interval[0]).toBeLessThanOrEqual(a.difference);
          expect(a.interval[1]).toBeGreaterThanOrEqual(a.difference);
          expect(a.positionInterval[0]).toBeLessThanOrEqual(a.position);
          expect(a.positionInterval[1]).toBeGreaterThanOrEqual(a.position);
          expect(a.position >= 0 && a.position <= 1).toBe(true);
        },
      ),
    );
  });

  it("widens its interval with uncertainty and keeps the zone probabilities modest", () => {
    const sure = spectrumPosition({ theta: 1, se: 0.2 }, { theta: 0, se: 0.2 });
    const unsure = spectrumPosition({ theta: 1, se: 1.5 }, { theta: 0, se: 1.5 });
    expect(unsure.interval[1] - unsure.interval[0]).toBeGreaterThan(sure.interval[1] - sure.interval[0]);
    expect(unsure.probabilities[unsure.zone]).toBeLessThan(0.6);
  });

  it("is a plain step when both standard errors are 0", () => {
    const result = spectrumPosition({ theta: 0.2, se: 0 }, { theta: 1, se: 0 });
    expect(result.zone).toBe("going-it-alone");
    expect(result.probabilities["going-it-alone"]).toBe(1);
  });
});
