import { describe, expect, it } from "vitest";
import { leastAdministeredFacetRule, noContentBalanceRule } from "./content-balance";
import { gradedResponseModel } from "./graded-response";
import { maxInformationRule, rankByInformation, type SelectionCandidate } from "./select-max-information";
import {
  exhaustedRule,
  firstStopReason,
  maxItemsRule,
  noImprovementRule,
  precisionRule,
  seAfterInformation,
} from "./stop-rules";

const candidate = (index: number, a: number, location: number, facet = "f"): SelectionCandidate => ({
  index,
  facet,
  model: gradedResponseModel({ a, d: [1, -1].map((offset) => a * (offset - location)) }),
});

describe("maxInformationRule", () => {
  const candidates = [candidate(0, 1, 0), candidate(1, 2, 0), candidate(2, 2, 3), candidate(3, 1.5, 0)];

  it("takes the most informative item at theta when randomesque count is 1", () => {
    expect(maxInformationRule(1).choose(candidates, 0, 0.99).index).toBe(1);
    expect(maxInformationRule(1).choose(candidates, 3, 0.5).index).toBe(2);
  });

  it("draws among the k most informative with randomesque k", () => {
    const ranked = rankByInformation(candidates, 0).map((c) => c.index);
    expect(ranked.slice(0, 2)).toEqual([1, 3]);
    expect(maxInformationRule(2).choose(candidates, 0, 0.2).index).toBe(1);
    expect(maxInformationRule(2).choose(candidates, 0, 0.7).index).toBe(3);
  });

  it("rejects an empty pool or a draw outside [0, 1)", () => {
    expect(() => maxInformationRule(1).choose([], 0, 0.5)).toThrow(
      "maxInformationRule requires at least one candidate",
    );
    expect(() => maxInformationRule(1).choose(candidates, 0, 1)).toThrow("requires a draw in [0, 1)");
    expect(() => maxInformationRule(0)).toThrow("requires a randomesque count of at least 1");
  });
});

describe("content balancing", () => {
  it("keeps only the facets given least often so far", () => {
    const pool = [candidate(0, 1, 0, "a"), candidate(1, 1, 0, "b"), candidate(2, 1, 0, "c")];
    expect(
      leastAdministeredFacetRule()
        .eligible(pool, ["a", "b"])
        .map((c) => c.facet),
    ).toEqual(["c"]);
    expect(
      leastAdministeredFacetRule()
        .eligible(pool, ["a"])
        .map((c) => c.facet),
    ).toEqual(["b", "c"]);
    expect(noContentBalanceRule().eligible(pool, ["a"])).toHaveLength(3);
  });
});

describe("stop rules", () => {
  const rules = [exhaustedRule(), maxItemsRule(8), precisionRule(0.32, 3), noImprovementRule(0.01, 3)];
  it("stop for the first reason that applies, never before the minimum", () => {
    expect(firstStopReason(rules, { answered: 2, remaining: 5, se: 0.2, bestNextSe: 0.19 })).toBeNull();
    expect(firstStopReason(rules, { answered: 3, remaining: 5, se: 0.3, bestNextSe: 0.29 })).toBe(
      "precision",
    );
    expect(firstStopReason(rules, { answered: 4, remaining: 5, se: 0.5, bestNextSe: 0.495 })).toBe(
      "no-improvement",
    );
    expect(firstStopReason(rules, { answered: 8, remaining: 5, se: 0.5, bestNextSe: 0.4 })).toBe("max-items");
    expect(firstStopReason(rules, { answered: 1, remaining: 0, se: 0.5, bestNextSe: null })).toBe(
      "exhausted",
    );
  });

  it("predict the SE after an item from its information", () => {
    expect(seAfterInformation(0.5, 0)).toBeCloseTo(0.5, 12);
    expect(seAfterInformation(0.5, 4)).toBeCloseTo(1 / Math.sqrt(8), 12);
  });
});
