import { describe, expect, it } from "vitest";
import { inventory } from "../inventory/index";
import { chooseFocusFacets, FACET_DEVIATION_WEIGHT, facetNeeds } from "./focus-facets";

const thetas = (reliance: number, distance: number, selfTrust: number, connection: number) => ({
  reliance: { theta: reliance },
  distance: { theta: distance },
  "self-trust": { theta: selfTrust },
  connection: { theta: connection },
});

/** Raw answers that put every item of the given facets at keyed category `keyed`. */
function answersFor(facets: Record<string, number>) {
  return inventory.items
    .filter((item) => item.facet in facets)
    .map((item) => {
      const keyed = facets[item.facet] as number;
      return { itemId: item.id, value: item.reverse ? 5 - keyed : keyed + 1 };
    });
}

describe("facetNeeds", () => {
  it("without answers, gives each facet its scale's need: theta for pulls, minus theta for strengths", () => {
    const needs = facetNeeds(thetas(1.2, -0.4, 0.3, -0.8), undefined, inventory);
    expect(needs).toHaveLength(15);
    for (const need of needs) {
      const expected = { reliance: 1.2, distance: -0.4, "self-trust": -0.3, connection: 0.8 }[need.scale];
      expect(need.need).toBeCloseTo(expected, 12);
      expect(need.evidence).toBe("scale");
    }
  });

  it("raises a pull facet whose own answers stand out within its scale", () => {
    const answers = answersFor({
      "reassurance-seeking": 1,
      "fear-of-abandonment": 4,
      "discomfort-alone": 1,
      "decision-dependence": 1,
      "regulating-through-others": 1,
    });
    const needs = facetNeeds(thetas(0.5, 0, 0, 0), answers, inventory);
    const fear = needs.find((n) => n.facet === "fear-of-abandonment")!;
    const alone = needs.find((n) => n.facet === "discomfort-alone")!;
    // Scale mean of keyed answers: (4·4 + 16·1)/20 = 1.6.
    expect(fear.need).toBeCloseTo(0.5 + FACET_DEVIATION_WEIGHT * (4 - 1.6), 12);
    expect(alone.need).toBeCloseTo(0.5 + FACET_DEVIATION_WEIGHT * (1 - 1.6), 12);
    expect(fear.evidence).toBe("answers");
  });

  it("raises a strength facet whose own answers are lowest, keying reverse items correctly", () => {
    const answers = answersFor({
      "self-regulation": 3,
      "decision-confidence": 3,
      "inner-validation": 0,
      "comfortable-solitude": 3,
    });
    const needs = facetNeeds(thetas(0, 0, 0, 0), answers, inventory);
    const inner = needs.find((n) => n.facet === "inner-validation")!;
    const steady = needs.find((n) => n.facet === "self-regulation")!;
    expect(inner.need).toBeGreaterThan(steady.need);
    expect(inner.need).toBeCloseTo(-FACET_DEVIATION_WEIGHT * (0 - 2.25), 12);
  });

  it("keeps the latest of two answers to the same item, and refuses unknown items or values", () => {
    const twice = [
      { itemId: "rel-06", value: 1 },
      { itemId: "rel-06", value: 5 },
      { itemId: "rel-09", value: 1 },
    ];
    const needs = facetNeeds(thetas(0, 0, 0, 0), twice, inventory);
    expect(needs.find((n) => n.facet === "fear-of-abandonment")!.need).toBeCloseTo(
      FACET_DEVIATION_WEIGHT * 2,
      12,
    );
    expect(() => facetNeeds(thetas(0, 0, 0, 0), [{ itemId: "zzz-01", value: 3 }], inventory)).toThrow(
      /known items/,
    );
    expect(() => facetNeeds(thetas(0, 0, 0, 0), [{ itemId: "rel-01", value: 0 }], inventory)).toThrow(
      /1 to 5/,
    );
  });
});

describe("chooseFocusFacets", () => {
  it("names three facets, the highest needs first, at most two from one scale", () => {
    const chosen = chooseFocusFacets(facetNeeds(thetas(2, -1, 0.2, -0.5), undefined, inventory));
    expect(chosen).toHaveLength(3);
    expect(chosen.filter((c) => c.scale === "reliance")).toHaveLength(2);
    expect(chosen[2]!.scale).toBe("connection");
    for (let i = 1; i < chosen.length; i++) expect(chosen[i]!.need).toBeLessThanOrEqual(chosen[i - 1]!.need);
  });

  it("follows a person's answers rather than the bank order when they are given", () => {
    const answers = answersFor({
      "reassurance-seeking": 0,
      "fear-of-abandonment": 0,
      "discomfort-alone": 1,
      "decision-dependence": 4,
      "regulating-through-others": 3,
    });
    const chosen = chooseFocusFacets(facetNeeds(thetas(1.5, -1, 0, 0), answers, inventory));
    expect(chosen.slice(0, 2).map((c) => c.facet)).toEqual([
      "decision-dependence",
      "regulating-through-others",
    ]);
  });

  it("still suggests three places with room when everything is in balance", () => {
    const chosen = chooseFocusFacets(facetNeeds(thetas(-1, -1, 1, 1), undefined, inventory));
    expect(chosen).toHaveLength(3);
    expect(chosen.every((c) => c.need <= -1 + 1e-12)).toBe(true);
  });
});
