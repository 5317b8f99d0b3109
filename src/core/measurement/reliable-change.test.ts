import { describe, expect, it } from "vitest";
import type { ScaleId } from "../inventory/types";
import { classicalScaleNorms } from "./classical-norms";
import { reliableChange } from "./reliable-change";
import { improvementDirection } from "./scale-direction";
import type { ScaleScore } from "./scale-score";
import { testBank } from "./test-data/test-bank";

const score = (scale: ScaleId, theta: number, se: number, classical: number | null = 3): ScaleScore => ({
  scale,
  theta,
  se,
  tScore: 50 + 10 * theta,
  tBand: [50 + 10 * (theta - 1.645 * se), 50 + 10 * (theta + 1.645 * se)],
  classical,
  answered: 8,
});

describe("reliableChange", () => {
  it("computes the IRT z = (θ₂ − θ₁)/√(SE₁² + SE₂²) and the Jacobson–Truax RCI", () => {
    const change = reliableChange(score("reliance", 1, 0.3, 3.8), score("reliance", 0.2, 0.4, 3.1), {
      reliability: 0.9,
      sd: 0.6,
    });
    expect(change.irt.difference).toBeCloseTo(-0.8, 12);
    expect(change.irt.z).toBeCloseTo(-0.8 / 0.5, 12);
    const sDiff = 0.6 * Math.SQRT2 * Math.sqrt(0.1);
    expect(change.classical!.standardErrorOfDifference).toBeCloseTo(sDiff, 12);
    expect(change.classical!.rci).toBeCloseTo(-0.7 / sDiff, 12);
  });

  it("reads the direction from the scale: less Reliance or Distance, more Self-trust or Connection is better", () => {
    expect(improvementDirection).toEqual({
      reliance: "decrease",
      distance: "decrease",
      "self-trust": "increase",
      connection: "increase",
    });
    const down = (scale: ScaleId) => reliableChange(score(scale, 1, 0.3), score(scale, -0.2, 0.3)).class;
    const up = (scale: ScaleId) => reliableChange(score(scale, -0.2, 0.3), score(scale, 1, 0.3)).class;
    expect(down("reliance")).toBe("improvement");
    expect(down("distance")).toBe("improvement");
    expect(down("self-trust")).toBe("worsening");
    expect(up("connection")).toBe("improvement");
    expect(up("reliance")).toBe("worsening");
  });

  it("calls a change inside the noise no change (|z| < 1.96)", () => {
    const change = reliableChange(score("connection", 0, 0.4), score("connection", 0.9, 0.4));
    expect(change.irt.z).toBeCloseTo(0.9 / Math.sqrt(0.32), 12);
    expect(change.class).toBe("no-change");
  });

  it("can decide on the classical RCI, and leaves it null without classical scores", () => {
    const classical = reliableChange(score("self-trust", 0, 0.5, 2), score("self-trust", 0.1, 0.5, 3.5), {
      basis: "classical",
    });
    expect(classical.basis).toBe("classical");
    expect(classical.class).toBe("improvement");
    expect(
      reliableChange(score("self-trust", 0, 0.5, null), score("self-trust", 0, 0.5)).classical,
    ).toBeNull();
  });

  it("throws 'reliableChange requires …' on mismatched scales or impossible options", () => {
    expect(() => reliableChange(score("reliance", 0, 1), score("distance", 0, 1))).toThrow(
      "reliableChange requires two scores of the same scale",
    );
    expect(() =>
      reliableChange(score("reliance", 0, 1), score("reliance", 0, 1), { reliability: 1 }),
    ).toThrow("reliableChange requires a reliability");
    expect(() => reliableChange(score("reliance", 0, 0), score("reliance", 0, 1))).toThrow(
      "positive standard errors",
    );
  });
});

describe("classicalScaleNorms", () => {
  it("gives a plausible model-implied SD and reliability for the classical mean score", () => {
    const norms = classicalScaleNorms(testBank(), "reliance");
    expect(norms.sd).toBeGreaterThan(0.3);
    expect(norms.sd).toBeLessThan(1.5);
    expect(norms.reliability).toBeGreaterThan(0.8);
    expect(norms.reliability).toBeLessThan(1);
  });
});
