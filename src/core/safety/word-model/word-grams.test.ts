import { describe, expect, it } from "vitest";
import { markDenied, sentenceParts, textFeatures } from "./sentence-features";
import { sentenceProbability, wordModelOf, wordProbability } from "./train-word-model";
import { gramCode, gramName, gramPrefix, sentenceGrams } from "./word-grams";
import { wordModel } from "./word-models";

describe("sentenceGrams", () => {
  it("cuts each word of four letters or more into parts of four, its edges marked, each once", () => {
    expect(sentenceGrams(["pills", "to", "pills"], false).map(gramName)).toEqual([
      "#<pil",
      "#pill",
      "#ills",
      "#lls>",
    ]);
    expect(sentenceGrams(["sad"], false)).toEqual([]);
    expect(sentenceGrams(["sadly"], false).map(gramName)).toEqual(["#<sad", "#sadl", "#adly", "#dly>"]);
    expect(sentenceGrams(["dead"], true).map(gramName)).toEqual(["#q:<dea", "#q:dead", "#q:ead>"]);
  });

  it("leaves out denied words, pauses and anything but plain letters", () => {
    const marked = markDenied(["i", "do", "not", "want", "|", "self-harm", "2025"]);
    expect(marked).toContain("not:want");
    expect(sentenceGrams(marked, false)).toEqual([]);
  });

  it("names a part and reads the name back to the same number; other features have none", () => {
    for (const code of sentenceGrams(["suicide", "zzzz"], true)) expect(gramCode(gramName(code))).toBe(code);
    expect(gramName(sentenceGrams(["zzzz"], false)[0] as number)).toBe(`${gramPrefix}<zzz`);
    expect(gramCode("want_to")).toBeUndefined();
    expect(gramCode("#want_to")).toBeUndefined();
    expect(gramCode("#q:ab")).toBeUndefined();
  });
});

describe("the word model read by number", () => {
  it("gives the detector's reading (parts by number) the probability of the named features", () => {
    const model = wordModel("en", "crisis");
    for (const text of ["I keep thinking about the sucide plan", "Gave my guitar away, wont need it"]) {
      const { words, grams } = sentenceParts(text.toLowerCase().split(" "), false);
      const named = [...words, ...grams.map(gramName)];
      expect(sentenceProbability(model, words, grams)).toBeCloseTo(wordProbability(model, named), 12);
    }
    expect(textFeatures("pills", "en")).toContain("#pill");
  });

  it("weighs a misspelt word by the parts it shares with the right one", () => {
    const model = wordModelOf(
      -2,
      new Map([
        ["#uici", 1.5],
        ["#<sui", 1],
      ]),
    );
    expect(model.grams.size).toBe(2);
    const { words, grams } = sentenceParts(["suicidle"], false);
    expect(sentenceProbability(model, words, grams)).toBeGreaterThan(wordProbability(model, ["suicidle"]));
  });
});
