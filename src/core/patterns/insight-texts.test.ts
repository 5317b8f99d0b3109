import { describe, expect, it } from "vitest";
import { frenchTypographyIssues } from "../profile/french-typography";
import type { ChangeComparison, Effect } from "./comparison";
import { comparisonText } from "./insight-texts";

function decisionChange(size: number, low: number, high: number): ChangeComparison {
  const effect: Effect = {
    measure: "share-difference",
    estimate: size,
    low,
    high,
    level: 0.95,
    noEffect: 0,
    method: "bootstrap-percentile",
    standardized: null,
  };
  const week = { days: 6, mean: 0.6, low: null, high: null };
  return {
    kind: "change",
    metric: "decisionShare",
    id: "change:decisionShare",
    n: 12,
    status: "shown",
    effect,
    pValue: 0.01,
    adjustedPValue: 0.02,
    text: null,
    thisWeek: week,
    lastWeek: { ...week, mean: 0.59 },
  };
}

describe("comparisonText", () => {
  it("says 1 point and 2 points, in both languages", () => {
    expect(comparisonText(decisionChange(0.01, 0.004, 0.01), "en")).toMatch(
      /up 1 percentage point from the week before \(likely between 0\.4 and 1 point up\)/,
    );
    expect(comparisonText(decisionChange(0.2, 0.1, 0.3), "en")).toMatch(/up 20 percentage points/);
    const french = comparisonText(decisionChange(0.01, 0.004, 0.01), "fr");
    expect(french).toMatch(/soit 1 point de plus/);
    expect(frenchTypographyIssues(french)).toEqual([]);
  });
});
