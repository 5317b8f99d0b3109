import { describe, expect, it } from "vitest";
import type { ScaleScore } from "../../../core/measurement/scale-score";
import { scaleTimelines, sentenceFor } from "./history-sentences";

const score = (theta: number, se: number): ScaleScore => ({
  scale: "reliance",
  theta,
  se,
  tScore: 50 + 10 * theta,
  tBand: [50 + 10 * (theta - 1.96 * se), 50 + 10 * (theta + 1.96 * se)],
  classical: null,
  answered: 8,
});

const check = (id: string, finishedAt: string, s: ScaleScore) => ({ id, finishedAt, scores: [s] });

describe("scale timelines", () => {
  it("orders checks in time and marks only changes beyond the noise", () => {
    // z = 1.0 / sqrt(0.3² + 0.3²) ≈ 2.36: real. Then 0.2 / 0.42 ≈ 0.47: noise.
    const checks = [
      check("c", "2025-03-01T10:00:00Z", score(0.2, 0.3)),
      check("a", "2025-01-01T10:00:00Z", score(1.0, 0.3)),
      check("b", "2025-02-01T10:00:00Z", score(0.0, 0.3)),
    ];
    const [reliance] = scaleTimelines(checks, ["reliance"]);
    expect(reliance!.points.map((p) => p.id)).toEqual(["a", "b", "c"]);
    expect(reliance!.points[0]!.step).toBeNull();
    expect(reliance!.points[1]!.step).toMatchObject({ kind: "down", from: 60, to: 50 });
    expect(reliance!.points[1]!.step!.z).toBeCloseTo(-2.357, 2);
    expect(reliance!.points[2]!.step).toMatchObject({ kind: "noise" });
  });

  it("treats a large move measured loosely as noise", () => {
    const checks = [
      check("a", "2025-01-01T00:00:00Z", score(0, 0.8)),
      check("b", "2025-02-01T00:00:00Z", score(1.5, 0.8)),
    ];
    expect(scaleTimelines(checks, ["reliance"])[0]!.points[1]!.step!.kind).toBe("noise");
  });

  it("says a score stayed where it was when its rounded value did not move", () => {
    const checks = [
      check("a", "2025-01-01T10:00:00Z", score(0.0, 0.3)),
      check("b", "2025-02-01T10:00:00Z", score(0.03, 0.3)),
      check("c", "2025-03-01T10:00:00Z", score(0.2, 0.3)),
      check("d", "2025-04-01T10:00:00Z", score(1.4, 0.3)),
    ];
    const steps = scaleTimelines(checks, ["reliance"])[0]!.points.flatMap((p) => (p.step ? [p.step] : []));
    expect(steps.map(sentenceFor)).toEqual(["sentenceSame", "sentenceNoise", "sentenceUp"]);
  });
});
