import { describe, expect, it } from "vitest";
import { scales } from "../inventory/scales";
import { type LocalizedText, locales } from "../locale";
import { findForbiddenWords } from "../profile/forbidden-words";
import { practiceById, practices } from "./library";
import { MAX_PRACTICE_MINUTES } from "./practice";

const inventoryFacets = scales.flatMap((scale) => scale.facets.map((facet) => facet.id));

function textsOf(practice: (typeof practices)[number]): LocalizedText[] {
  return [practice.title, practice.why, practice.reflection, ...practice.steps, ...(practice.rungs ?? [])];
}

describe("the practice library", () => {
  it("has at least 18 practices with unique kebab-case ids", () => {
    expect(practices.length).toBeGreaterThanOrEqual(18);
    const ids = practices.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("includes every practice the product names", () => {
    const required = [
      "decision-ladder",
      "solo-hour",
      "name-it-to-tame-it",
      "pause-reflect-respond",
      "reassurance-delay",
      "self-validation-notes",
      "advice-audit",
      "i-statements",
      "values-compass",
      "trigger-map",
      "share-one-feeling",
      "ask-one-small-help",
      "one-more-minute",
    ];
    for (const id of required) expect(practiceById(id), id).toBeDefined();
  });

  it("ties every practice to facets of the Balance Inventory, and every facet to two practices or more", () => {
    expect(inventoryFacets).toHaveLength(15);
    for (const practice of practices) {
      expect(practice.facets.length).toBeGreaterThan(0);
      for (const facet of practice.facets)
        expect(inventoryFacets, `${practice.id}: ${facet}`).toContain(facet);
    }
    for (const facet of inventoryFacets) {
      const serving = practices.filter((p) => p.facets.includes(facet));
      expect(serving.length, facet).toBeGreaterThanOrEqual(2);
    }
    // The Distance practices the product asks for build Distance facets.
    const distanceFacets = scales.find((s) => s.id === "distance")!.facets.map((f) => f.id);
    for (const id of ["share-one-feeling", "ask-one-small-help", "one-more-minute"]) {
      expect(distanceFacets).toContain(practiceById(id)!.facets[0]);
    }
  });

  it("fits in ten minutes, in a few steps, with a graded ladder for small decisions", () => {
    for (const practice of practices) {
      expect(practice.minutes).toBeGreaterThan(0);
      expect(practice.minutes).toBeLessThanOrEqual(MAX_PRACTICE_MINUTES);
      expect(practice.steps.length).toBeGreaterThanOrEqual(3);
      expect(practice.steps.length).toBeLessThanOrEqual(6);
    }
    const ladder = practiceById("decision-ladder")!;
    expect(ladder.rungs!.length).toBeGreaterThanOrEqual(5);
    expect(practices.filter((p) => p.rungs !== undefined).map((p) => p.id)).toEqual(["decision-ladder"]);
  });

  it("has every text in English and French, written separately", () => {
    for (const practice of practices) {
      for (const text of textsOf(practice)) {
        for (const locale of locales)
          expect(text[locale].trim().length, `${practice.id} ${locale}`).toBeGreaterThan(1);
        expect(text.fr, practice.id).not.toBe(text.en);
        // Each language with its own quotation marks.
        expect(text.fr, practice.id).not.toMatch(/[“”]/);
        expect(text.en, practice.id).not.toMatch(/[«»]/);
        // French puts a space before : ; ? ! and inside « ».
        expect(text.fr, practice.id).not.toMatch(/[^\s][:;?!](\s|$)|«[^\s]|[^\s]»/);
      }
    }
  });

  it("never labels or diagnoses", () => {
    for (const practice of practices) {
      for (const text of textsOf(practice)) {
        for (const locale of locales)
          expect(findForbiddenWords(text[locale], locale), `${practice.id}`).toEqual([]);
      }
    }
  });
});
