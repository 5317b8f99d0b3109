import { describe, expect, it } from "vitest";
import { createRandom, normalDraw } from "../random";
import { itemRestCorrelations } from "./item-rest-correlation";
import { cronbachAlpha } from "./reliability-alpha";
import { omegaTotal } from "./reliability-omega";
import { symmetricEigen } from "./symmetric-eigen";

/** Scores from a one-factor model x_j = λ_j·f + e_j with known loadings and error SDs. */
function oneFactorScores(loadings: number[], errorSds: number[], n: number, seed: number): number[][] {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => {
    const f = normalDraw(random);
    return loadings.map((l, j) => l * f + errorSds[j]! * normalDraw(random));
  });
}

describe("cronbachAlpha", () => {
  it("matches a hand computation: 2·(1 − (5/3 + 19/12)/(25/4)) = 0.96", () => {
    expect(
      cronbachAlpha([
        [1, 2],
        [2, 3],
        [3, 3],
        [4, 5],
      ]),
    ).toBeCloseTo(0.96, 12);
  });

  it("drops incomplete rows (listwise)", () => {
    expect(
      cronbachAlpha([
        [1, 2],
        [2, 3],
        [3, 3],
        [4, 5],
        [null, 1],
      ]),
    ).toBeCloseTo(0.96, 12);
  });

  it("equals omega when items are parallel, and is below omega when loadings differ", () => {
    const parallel = oneFactorScores([1, 1, 1, 1], [1, 1, 1, 1], 4000, 5);
    const congeneric = oneFactorScores([0.3, 0.6, 1.2, 2], [1, 1, 1, 1], 4000, 6);
    expect(Math.abs(cronbachAlpha(parallel) - omegaTotal(parallel).omega)).toBeLessThan(0.01);
    expect(cronbachAlpha(congeneric)).toBeLessThan(omegaTotal(congeneric).omega);
  });

  it("rejects fewer than two items or a constant total", () => {
    expect(() => cronbachAlpha([[1], [2], [3]])).toThrow("cronbachAlpha requires at least two items");
    expect(() =>
      cronbachAlpha([
        [1, 1],
        [1, 1],
        [1, 1],
      ]),
    ).toThrow("cronbachAlpha requires scores whose total varies");
  });
});

describe("omegaTotal", () => {
  it("recovers the population omega of a one-factor model: (Σλ)²/((Σλ)² + Σψ)", () => {
    const loadings = [0.5, 0.8, 1.1, 0.7, 0.9];
    const errors = [0.9, 0.7, 0.6, 1, 0.8];
    const population = loadings.reduce((s, l) => s + l, 0) ** 2;
    const expected = population / (population + errors.reduce((s, e) => s + e * e, 0));
    const result = omegaTotal(oneFactorScores(loadings, errors, 20000, 7));
    expect(result.converged).toBe(true);
    expect(Math.abs(result.omega - expected)).toBeLessThan(0.01);
    result.loadings.forEach((l, j) => {
      expect(Math.abs(l - loadings[j]!)).toBeLessThan(0.05);
    });
  });
});

describe("itemRestCorrelations", () => {
  it("flags an item unrelated to the rest", () => {
    const random = createRandom(9);
    const scores = oneFactorScores([1, 1, 1, 1], [0.7, 0.7, 0.7, 0.7], 2000, 8).map((row) => [
      ...row,
      normalDraw(random),
    ]);
    const correlations = itemRestCorrelations(scores);
    for (const r of correlations.slice(0, 4)) expect(r).toBeGreaterThan(0.6);
    expect(Math.abs(correlations[4]!)).toBeLessThan(0.1);
  });
});

describe("symmetricEigen", () => {
  it("diagonalises a symmetric matrix", () => {
    const { values, vectors } = symmetricEigen([
      [2, 1],
      [1, 2],
    ]);
    expect(values[0]).toBeCloseTo(3, 12);
    expect(values[1]).toBeCloseTo(1, 12);
    expect(Math.abs(vectors[0]![0]!)).toBeCloseTo(Math.SQRT1_2, 12);
  });
});
