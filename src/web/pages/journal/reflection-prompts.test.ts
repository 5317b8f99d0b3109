import { describe, expect, it } from "vitest";
import { scales } from "../../../core/inventory/scales";
import { facetPrompts, generalPrompts, promptsFor, promptText } from "./reflection-prompts";

describe("reflection prompts", () => {
  const facetIds = scales.flatMap((scale) => scale.facets.map((facet) => facet.id));

  it("has two questions, in both languages, for every facet of the inventory and no other", () => {
    expect(Object.keys(facetPrompts).sort()).toEqual([...facetIds].sort());
    for (const prompts of [...Object.values(facetPrompts), generalPrompts]) {
      expect(prompts.length).toBeGreaterThanOrEqual(2);
      for (const prompt of prompts) {
        expect(prompt.en.trim()).not.toBe("");
        expect(prompt.fr.trim()).not.toBe("");
        expect(prompt.fr).not.toBe(prompt.en);
      }
    }
  });

  it("puts the person's focus facets first, in their language", () => {
    const prompts = promptsFor(["inner-validation", "not-a-facet"], "fr");
    expect(prompts[0]).toEqual({
      id: "inner-validation-1",
      text: facetPrompts["inner-validation"]![0]!.fr,
      facet: "inner-validation",
    });
    expect(prompts.at(-1)).toEqual({
      id: `general-${generalPrompts.length}`,
      text: generalPrompts.at(-1)!.fr,
      facet: null,
    });
    expect(prompts).toHaveLength(2 + generalPrompts.length);
  });
});

describe("stored prompt ids", () => {
  it("finds every prompt it hands out, in either language, and nothing else", () => {
    for (const prompt of promptsFor(Object.keys(facetPrompts), "en")) {
      expect(prompt.id).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
      expect(promptText(prompt.id, "en")).toBe(prompt.text);
      expect(promptText(prompt.id, "fr")).not.toBe(prompt.text);
    }
    expect(promptText("inner-validation-9", "en")).toBeNull();
    expect(promptText("unknown-1", "en")).toBeNull();
    expect(promptText(null, "en")).toBeNull();
  });
});
