import { describe, expect, it } from "vitest";
import { gaussHermiteNormalGrid, rectangularNormalGrid } from "./quadrature";

const moment = (grid: { points: Float64Array; logWeights: Float64Array }, power: number) =>
  grid.points.reduce((sum, x, i) => sum + Math.exp(grid.logWeights[i] as number) * x ** power, 0);

describe("gaussHermiteNormalGrid", () => {
  it("has the textbook 3-point rule: nodes 0, ±√3 and weights 2/3, 1/6 on the N(0, 1) scale", () => {
    const grid = gaussHermiteNormalGrid(3);
    expect(Array.from(grid.points).map((x) => Number(x.toFixed(12)))).toEqual([
      -Number(Math.sqrt(3).toFixed(12)),
      0,
      Number(Math.sqrt(3).toFixed(12)),
    ]);
    const weights = Array.from(grid.logWeights).map(Math.exp);
    expect(weights[0]).toBeCloseTo(1 / 6, 12);
    expect(weights[1]).toBeCloseTo(2 / 3, 12);
  });

  it("integrates normal moments exactly up to degree 2n − 1 (21 points: E[X⁴] = 3, E[X⁶] = 15)", () => {
    const grid = gaussHermiteNormalGrid(21);
    expect(moment(grid, 0)).toBeCloseTo(1, 12);
    expect(moment(grid, 1)).toBeCloseTo(0, 12);
    expect(moment(grid, 2)).toBeCloseTo(1, 11);
    expect(moment(grid, 4)).toBeCloseTo(3, 10);
    expect(moment(grid, 6)).toBeCloseTo(15, 9);
  });

  it("places nodes around a non-standard prior", () => {
    const grid = gaussHermiteNormalGrid(11, 1, 2);
    expect(moment(grid, 1)).toBeCloseTo(1, 10);
    expect(moment(grid, 2) - moment(grid, 1) ** 2).toBeCloseTo(4, 9);
  });

  it("rejects impossible sizes", () => {
    expect(() => gaussHermiteNormalGrid(0)).toThrow("gaussHermiteNormalGrid requires");
  });
});

describe("rectangularNormalGrid", () => {
  it("spans [−6, 6] with 121 nodes by default and normalised N(0, 1) weights", () => {
    const grid = rectangularNormalGrid();
    expect(grid.points.length).toBe(121);
    expect(grid.points[0]).toBe(-6);
    expect(grid.points[120]).toBe(6);
    expect(grid.points[60]).toBeCloseTo(0, 14);
    expect(moment(grid, 0)).toBeCloseTo(1, 12);
    expect(moment(grid, 2)).toBeCloseTo(1, 6);
  });

  it("rejects a reversed range or a non-positive sd", () => {
    expect(() => rectangularNormalGrid({ min: 1, max: -1 })).toThrow(
      "rectangularNormalGrid requires a finite range",
    );
    expect(() => rectangularNormalGrid({ sd: 0 })).toThrow(
      "rectangularNormalGrid requires a positive prior sd",
    );
  });
});
