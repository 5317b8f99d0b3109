import { describe, expect, it } from "vitest";
import { estimateEap, gridFor } from "./estimate-eap";
import { estimateMap } from "./estimate-map";
import { gradedResponseModel } from "./graded-response";
import { logPosteriorOnGrid } from "./log-posterior";
import { credibleInterval } from "./posterior-interval";
import { LSAT7_MIRT, SCIENCE_MIRT } from "./test-data/reference-fits";

/** mirt prints EAP to 7 digits from parameters we hold to 7 digits: agreement to 1e-5 is expected. */
const EAP_REFERENCE_TOLERANCE = 1e-5;
/** The MAP figures on mirt's page are rounded to 3 decimals. */
const ROUNDED_REFERENCE_TOLERANCE = 6e-4;

const science = SCIENCE_MIRT.items.map((item) => gradedResponseModel(item));
const lsat7 = LSAT7_MIRT.items.map((item) => gradedResponseModel(item));
const sciencePattern = (pattern: number[]) =>
  pattern.map((value, j) => ({ model: science[j]!, category: value - 1 }));
const lsatPatterns = ["00000", "00001", "00010", "00011", "00100", "00101"].map((bits) =>
  [...bits].map((bit, j) => ({ model: lsat7[j]!, category: Number(bit) })),
);

describe("estimateEap", () => {
  it("reproduces mirt's EAP scores and SEs for Science (graded, 121 nodes on [−6, 6])", () => {
    for (const { pattern, theta, se } of SCIENCE_MIRT.eap) {
      const estimate = estimateEap(sciencePattern(pattern));
      expect(Math.abs(estimate.theta - theta)).toBeLessThan(EAP_REFERENCE_TOLERANCE);
      expect(Math.abs(estimate.se - se)).toBeLessThan(EAP_REFERENCE_TOLERANCE);
    }
  });

  it("reproduces mirt's EAP scores for LSAT7 (2PL) within the 1e-2 mirt itself checks", () => {
    lsatPatterns.forEach((responses, i) => {
      expect(
        Math.abs(estimateEap(responses).theta - (LSAT7_MIRT.eapFirstPatterns[i] as number)),
      ).toBeLessThan(1e-2);
    });
  });

  it("returns the prior when nothing was answered", () => {
    const estimate = estimateEap([], { prior: { mean: 0.5, sd: 0.8 } });
    expect(estimate.theta).toBeCloseTo(0.5, 6);
    expect(estimate.se).toBeCloseTo(0.8, 4);
  });

  it("shrinks toward the prior with fewer items", () => {
    // The same extreme answer repeated: the fewer the items, the closer to 0 and the wider.
    const item = gradedResponseModel({ a: 1.6, d: [2, 0.7, -0.7, -2] });
    const answers = (n: number) => Array.from({ length: n }, () => ({ model: item, category: 4 }));
    const estimates = [1, 2, 4, 8].map((n) => estimateEap(answers(n)));
    for (let i = 1; i < estimates.length; i++) {
      expect(estimates[i]!.theta).toBeGreaterThan(estimates[i - 1]!.theta);
      expect(estimates[i]!.se).toBeLessThan(estimates[i - 1]!.se);
    }
  });

  it("stays finite at the ends of the scale with many extreme answers", () => {
    const item = gradedResponseModel({ a: 3, d: [5, 2, -2, -5] });
    const high = estimateEap(Array.from({ length: 40 }, () => ({ model: item, category: 4 })));
    const low = estimateEap(Array.from({ length: 40 }, () => ({ model: item, category: 0 })));
    expect(high.theta).toBeGreaterThan(3);
    expect(high.theta).toBeLessThanOrEqual(6);
    expect(low.theta).toBeLessThan(-3);
    expect(Number.isFinite(high.se) && Number.isFinite(low.se)).toBe(true);
  });
});

describe("credibleInterval", () => {
  it("contains the EAP and covers about ±1.645 SD for a near-normal posterior", () => {
    const grid = gridFor();
    const responses = sciencePattern([3, 3, 3, 3]);
    const logPosterior = logPosteriorOnGrid(grid, responses);
    const { theta, se } = estimateEap(responses);
    const [low, high] = credibleInterval(grid, logPosterior, 0.9);
    expect(low).toBeLessThan(theta);
    expect(high).toBeGreaterThan(theta);
    expect((high - low) / (2 * se)).toBeGreaterThan(1.5);
    expect((high - low) / (2 * se)).toBeLessThan(1.8);
  });

  it("rejects a coverage outside (0, 1)", () => {
    const grid = gridFor();
    expect(() => credibleInterval(grid, grid.logWeights, 1)).toThrow("credibleInterval requires a coverage");
  });
});

describe("estimateMap", () => {
  it("reproduces mirt's MAP scores and SEs for Science, with the N(0, 1) prior and a diffuse one", () => {
    for (const { pattern, theta, se } of SCIENCE_MIRT.map) {
      const estimate = estimateMap(sciencePattern(pattern));
      expect(estimate.converged).toBe(true);
      expect(Math.abs(estimate.theta - theta)).toBeLessThan(ROUNDED_REFERENCE_TOLERANCE);
      expect(Math.abs(estimate.se - se)).toBeLessThan(ROUNDED_REFERENCE_TOLERANCE);
    }
    for (const { pattern, theta, se } of SCIENCE_MIRT.mapDiffuse) {
      const estimate = estimateMap(sciencePattern(pattern), { mean: 0, sd: Math.sqrt(1000) });
      expect(Math.abs(estimate.theta - theta)).toBeLessThan(ROUNDED_REFERENCE_TOLERANCE);
      expect(Math.abs(estimate.se - se)).toBeLessThan(ROUNDED_REFERENCE_TOLERANCE);
    }
  });

  it("reproduces mirt's MAP scores for LSAT7 within the 1e-2 mirt itself checks", () => {
    lsatPatterns.forEach((responses, i) => {
      expect(
        Math.abs(estimateMap(responses).theta - (LSAT7_MIRT.mapFirstPatterns[i] as number)),
      ).toBeLessThan(1e-2);
    });
  });

  it("lies where the log posterior is flat, and converges even for all-extreme answers", () => {
    const item = gradedResponseModel({ a: 3, d: [5, 2, -2, -5] });
    const extreme = estimateMap(Array.from({ length: 30 }, () => ({ model: item, category: 4 })));
    expect(extreme.converged).toBe(true);
    expect(Number.isFinite(extreme.theta) && extreme.se > 0).toBe(true);
  });

  it("rejects a prior without a positive sd", () => {
    expect(() => estimateMap([], { mean: 0, sd: 0 })).toThrow("estimateMap requires");
  });
});
