import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gradedResponseModel, interceptsFromThresholds, thresholdsFromIntercepts } from "./graded-response";

/** Finite-difference step and the agreement expected between analytic and numerical derivatives. */
const DIFFERENCE_STEP = 1e-5;
const DERIVATIVE_TOLERANCE = 1e-6;

// An arbitrary valid item: a in (0.2, 3], 1..5 intercepts sorted decreasing and at least 0.05 apart.
const itemArbitrary = fc
  .record({
    a: fc.double({ min: 0.2, max: 3, noNaN: true }),
    start: fc.double({ min: -4, max: 4, noNaN: true }),
    gaps: fc.array(fc.double({ min: 0.05, max: 3, noNaN: true }), { minLength: 0, maxLength: 4 }),
  })
  .map(({ a, start, gaps }) => {
    const d = [start];
    for (const gap of gaps) d.push((d[d.length - 1] as number) - gap);
    return { a, d };
  });
const thetaArbitrary = fc.double({ min: -8, max: 8, noNaN: true });

describe("gradedResponseModel", () => {
  it("matches the closed form of the two-parameter logistic model in its two-category case", () => {
    const a = 1.3;
    const b = 0.4;
    const item = gradedResponseModel({ a, d: [-a * b] });
    for (const theta of [-2, 0, 0.4, 1.7]) {
      const p = 1 / (1 + Math.exp(-a * (theta - b)));
      expect(item.probabilities(theta)[1]).toBeCloseTo(p, 14);
      expect(item.information(theta)).toBeCloseTo(a * a * p * (1 - p), 14);
    }
  });

  it("gives the hand-computed category probabilities of a five-point item", () => {
    // P(X ≥ k) = σ(1.5·0.5 + d): σ(2.75), σ(1.25), σ(0.25), σ(−1.25).
    const item = gradedResponseModel({ a: 1.5, d: [2, 0.5, -0.5, -2] });
    const s = (x: number) => 1 / (1 + Math.exp(-x));
    const expected = [1 - s(2.75), s(2.75) - s(1.25), s(1.25) - s(0.25), s(0.25) - s(-1.25), s(-1.25)];
    item.probabilities(0.5).forEach((p, k) => {
      expect(p).toBeCloseTo(expected[k] as number, 14);
    });
  });

  it("has probabilities that are non-negative and sum to 1 at every theta", () => {
    fc.assert(
      fc.property(itemArbitrary, thetaArbitrary, (parameters, theta) => {
        const probabilities = gradedResponseModel(parameters).probabilities(theta);
        expect(probabilities.every((p) => p >= 0)).toBe(true);
        expect(probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
      }),
    );
  });

  it("has cumulative probabilities P(X ≥ k) that rise with theta", () => {
    fc.assert(
      fc.property(
        itemArbitrary,
        thetaArbitrary,
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        (parameters, theta, step) => {
          const item = gradedResponseModel(parameters);
          const atLeast = (t: number) => {
            const p = item.probabilities(t);
            return p.map((_, k) => p.slice(k).reduce((s, x) => s + x, 0));
          };
          const low = atLeast(theta);
          const high = atLeast(theta + step);
          low.forEach((value, k) => {
            expect(high[k] as number).toBeGreaterThanOrEqual(value - 1e-12);
          });
        },
      ),
    );
  });

  it("has non-negative information equal to Σ P′²/P", () => {
    fc.assert(
      fc.property(itemArbitrary, fc.double({ min: -4, max: 4, noNaN: true }), (parameters, theta) => {
        const item = gradedResponseModel(parameters);
        const information = item.information(theta);
        expect(information).toBeGreaterThanOrEqual(0);
        const p = item.probabilities(theta);
        let direct = 0;
        p.forEach((pk, k) => {
          const slope = item.logLikelihoodDerivatives(theta, k).first * pk;
          if (pk > 1e-300) direct += (slope * slope) / pk;
        });
        expect(information).toBeCloseTo(direct, 8);
      }),
    );
  });

  it("has log-likelihood derivatives that agree with finite differences", () => {
    fc.assert(
      fc.property(
        itemArbitrary,
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.nat(),
        (parameters, theta, pick) => {
          const item = gradedResponseModel(parameters);
          const category = pick % item.categoryCount;
          const f = (t: number) => item.logProbability(t, category);
          const g = (t: number) => item.logLikelihoodDerivatives(t, category).first;
          const { first, second } = item.logLikelihoodDerivatives(theta, category);
          const h = DIFFERENCE_STEP;
          expect(first).toBeCloseTo((f(theta + h) - f(theta - h)) / (2 * h), 5);
          expect(Math.abs(second - (g(theta + h) - g(theta - h)) / (2 * h))).toBeLessThan(
            DERIVATIVE_TOLERANCE * 100,
          );
          expect(second).toBeLessThanOrEqual(0);
        },
      ),
    );
  });

  it("stays finite and accurate in log space at extreme theta with a = 3", () => {
    const item = gradedResponseModel({ a: 3, d: [4, 1, -1, -4] });
    for (const theta of [-6, 6, -30, 30, -300]) {
      for (let k = 0; k < 5; k++) {
        const logP = item.logProbability(theta, k);
        expect(Number.isFinite(logP)).toBe(true);
        expect(logP).toBeLessThanOrEqual(0);
      }
    }
    // Far below every threshold the lowest category is almost certain and the highest is e^(3θ − 4).
    expect(item.logProbability(-30, 0)).toBeCloseTo(0, 12);
    expect(item.logProbability(-30, 4)).toBeCloseTo(3 * -30 - 4, 10);
    // At θ = 300, P(X = 2) = σ(901) − σ(899) ≈ e^(−899)·(1 − e^(−2)): resolved, where naive subtraction gives 0.
    expect(item.logProbability(300, 2)).toBeCloseTo(-(3 * 300 - 1) + Math.log(1 - Math.exp(-2)), 8);
    expect(item.information(300)).toBe(0);
    expect(Number.isFinite(item.information(-6))).toBe(true);
  });

  it("converts between intercepts and thresholds", () => {
    expect(thresholdsFromIntercepts(2, [1, -1])).toEqual([-0.5, 0.5]);
    expect(interceptsFromThresholds(2, [-0.5, 0.5])).toEqual([1, -1]);
  });

  it("rejects parameters that break its preconditions", () => {
    expect(() => gradedResponseModel({ a: 0, d: [0] })).toThrow("gradedResponseModel requires a positive");
    expect(() => gradedResponseModel({ a: 1, d: [] })).toThrow("requires at least one intercept");
    expect(() => gradedResponseModel({ a: 1, d: [0, 1] })).toThrow("strictly decreasing");
    expect(() => gradedResponseModel({ a: 1, d: [Number.NaN] })).toThrow("finite intercepts");
    expect(() => gradedResponseModel({ a: 1, d: [0] }).logProbability(0, 2)).toThrow(
      "requires a category from 0 to 1",
    );
  });
});
