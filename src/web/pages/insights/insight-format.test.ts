import { describe, expect, it } from "vitest";
import type { Effect } from "../../../core/patterns/index";
import { effectRange, formatMetricValue, metricScale } from "./insight-format";

const effect = (measure: Effect["measure"], low: number, high: number): Effect => ({
  measure,
  estimate: (low + high) / 2,
  low,
  high,
  level: 0.95,
  noEffect: measure === "better-among-changed" ? 0.5 : 0,
  method: "welch-t",
  standardized: null,
});

describe("how the insights page writes numbers", () => {
  it("signs mood, keeps one decimal and uses the French decimal comma", () => {
    expect(formatMetricValue("mood", 0.64, "en")).toBe("+0.6");
    expect(formatMetricValue("mood", -1.25, "fr")).toMatch(/^-1,3$|^−1,3$/);
    expect(formatMetricValue("energy", 3.333, "en")).toBe("3.3");
    expect(formatMetricValue("decisionShare", 0.654, "en")).toBe("65%");
    expect(formatMetricValue("decisionShare", 0.654, "fr")).toMatch(/^65\s%$/u);
  });

  it("states each effect's interval in its own unit", () => {
    expect(effectRange(effect("mean-difference", -1.74, -0.31), "en")).toEqual({
      low: "-1.7",
      high: "-0.3",
      unit: "points",
    });
    expect(effectRange(effect("share-difference", 0.05, 0.31), "en")).toEqual({
      low: "+5",
      high: "+31",
      unit: "percentagePoints",
    });
    expect(effectRange(effect("better-among-changed", 0.79, 1), "en")).toEqual({
      low: "79%",
      high: "100%",
      unit: "percent",
    });
  });

  it("fits the reassurance axis to the highest day, in whole steps", () => {
    expect(metricScale("reassurance", "en", 2).ticks).toEqual([0, 1, 2, 3, 4]);
    const wide = metricScale("reassurance", "en", 13);
    expect(wide.domain[1]).toBeGreaterThanOrEqual(13);
    expect(wide.ticks.length).toBeLessThanOrEqual(7);
    expect(metricScale("mood", "en").format(2)).toBe("+2");
  });
});
