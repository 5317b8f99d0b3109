import { describe, expect, it } from "vitest";
import { pairProbabilities } from "./joint-tables";
import { sentenceParts } from "./sentence-features";
import { sentenceProbability, wordModelOf } from "./train-word-model";
import { wordModel } from "./word-models";

describe("pairProbabilities", () => {
  it("gives each model's own probability, with one lookup per feature for both", () => {
    for (const locale of ["en", "fr"] as const) {
      const crisis = wordModel(locale, "crisis");
      const coercion = wordModel(locale, "coercion");
      for (const text of [
        "he took my phone and i want to disappear",
        "je veux plus exister, il me surveille",
      ]) {
        const { words, grams } = sentenceParts(text.split(" "), false);
        const [a, b] = pairProbabilities(crisis, coercion, words, grams);
        expect(a).toBe(sentenceProbability(crisis, words, grams));
        expect(b).toBe(sentenceProbability(coercion, words, grams));
      }
    }
  });

  it("counts a feature only for the model that weighs it", () => {
    const first = wordModelOf(0, new Map([["die", 2]]));
    const second = wordModelOf(0, new Map([["#<hit", -1]]));
    const { words, grams } = sentenceParts(["die", "hits"], false);
    const [a, b] = pairProbabilities(first, second, words, grams);
    expect(a).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
    expect(b).toBeCloseTo(1 / (1 + Math.exp(1)), 12);
  });
});
