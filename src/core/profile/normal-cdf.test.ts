import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalCdf, probabilityAbove } from "./normal-cdf";

describe("normalCdf", () => {
  it("matches reference values of the standard normal distribution", () => {
    // Reference values: R's pnorm.
    expect(normalCdf(0)).toBeCloseTo(0.5, 13);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 13);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145705, 13);
    expect(normalCdf(2.5)).toBeCloseTo(0.99379033467422384, 13);
    expect(normalCdf(-6) / 9.8658764503769458e-10).toBeCloseTo(1, 8);
    expect(normalCdf(-10) / 7.6198530241605269e-24).toBeCloseTo(1, 8);
    expect(normalCdf(0.3)).toBeCloseTo(0.61791142218895256, 13);
  });

  it("is symmetric and non-decreasing", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -8, max: 8, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (z, step) => {
          expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 9);
          expect(normalCdf(z + step)).toBeGreaterThanOrEqual(normalCdf(z));
        },
      ),
    );
  });

  it("handles infinities and refuses NaN", () => {
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(-40)).toBeGreaterThanOrEqual(0);
    expect(() => normalCdf(Number.NaN)).toThrow(/NaN/);
  });
});

describe("probabilityAbove", () => {
  it("is one half at the cut, a step when sd is 0, and refuses a negative sd", () => {
    expect(probabilityAbove(0.5, 0.4, 0.5)).toBeCloseTo(0.5, 9);
    expect(probabilityAbove(0.6, 0, 0.5)).toBe(1);
    expect(probabilityAbove(0.4, 0, 0.5)).toBe(0);
    expect(() => probabilityAbove(0, -1, 0)).toThrow(/sd/);
  });
});
