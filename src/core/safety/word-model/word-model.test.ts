import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluationFile, ordinaryFile, parseLabelledSet, parseOrdinary } from "../evaluation/labelled-set";
import { safetySignals } from "../types";
import { sentenceFeatures, textFeatures } from "./sentence-features";
import { parseWordModel, serializeWordModel, trainWordModel, wordProbability } from "./train-word-model";
import { trainingExamples } from "./training-examples";
import { explainWords, stepWeight, wordModel, wordModelWeight, wordModelWeights } from "./word-models";
import { wordWeights } from "./word-weights";

describe("sentenceFeatures", () => {
  it("reads words and pairs, marks what a negation denies until the clause ends, and quotations", () => {
    const features = sentenceFeatures(["i", "do", "not", "want", "it", ",", "fine", "|"], false);
    expect(features).toEqual(
      expect.arrayContaining(["i", "do_not", "not:want", "not:want_not:it", ",", "fine"]),
    );
    expect(features).not.toContain("want");
    expect(sentenceFeatures(["die", "|"], true)).toEqual(["q:die", "q:die_|", "q:|"]);
  });

  it("reads a text as the detector does: idioms masked, contractions spelt out", () => {
    expect(textFeatures("I'm dying to see her", "en")).not.toContain("dying");
    expect(textFeatures("I don't want to", "en")).toEqual(expect.arrayContaining(["do", "not", "not:want"]));
  });
});

describe("trainWordModel", () => {
  const examples = [
    { features: ["die", "want"], positive: true },
    { features: ["tea", "want"], positive: false },
    { features: ["die", "tonight"], positive: true },
    { features: ["tea", "tonight"], positive: false },
  ];

  it("learns which words push toward the signal, deterministically", () => {
    const model = trainWordModel(examples, {
      epochs: 30,
      learningRate: 0.3,
      l2: 0,
      positiveWeight: 1,
      gramValue: 0.3,
      gramPrune: 0,
      prune: 0,
      decimals: 3,
      seed: 1,
    });
    expect(model.weights.get("die")).toBeGreaterThan(0);
    expect(model.weights.get("tea")).toBeLessThan(0);
    expect(wordProbability(model, ["die"])).toBeGreaterThan(wordProbability(model, ["tea"]));
    expect(serializeWordModel(trainWordModel(examples))).toBe(serializeWordModel(trainWordModel(examples)));
  });

  it("writes and reads a model without loss, and rejects a malformed one", () => {
    const model = trainWordModel(examples, {
      epochs: 30,
      learningRate: 0.3,
      l2: 0,
      positiveWeight: 1,
      gramValue: 0.3,
      gramPrune: 0,
      prune: 0,
      decimals: 2,
      seed: 1,
    });
    const text = serializeWordModel(model);
    expect(parseWordModel(text)).toEqual(model);
    expect(text.split("\n")[0]).toMatch(/^bias -?\d/);
    expect(() => parseWordModel("weights 1")).toThrow(/bias/);
    expect(() => parseWordModel("bias 0\nword")).toThrow(/malformed/);
  });
});

describe("the committed word model", () => {
  it.each(["en", "fr"] as const)(
    "is exactly what training on the %s development and ordinary files gives",
    (locale) => {
      const read = (file: string) =>
        readFileSync(join(import.meta.dirname, "..", "evaluation", file), "utf8");
      const labelled = parseLabelledSet(read(evaluationFile(locale, "development"))).map((row) => ({
        features: textFeatures(row.text, locale),
        expected: row.expected,
      }));
      const ordinary = parseOrdinary(read(ordinaryFile(locale))).map((text) => textFeatures(text, locale));
      for (const signal of safetySignals) {
        const model = trainWordModel(trainingExamples(labelled, ordinary, signal));
        expect(serializeWordModel(model), `${locale} ${signal}: run npm run bench:safety -- --train`).toBe(
          wordWeights[locale][signal],
        );
      }
    },
  );

  it("gives a plain statement of crisis a high probability and an ordinary sentence a low one", () => {
    expect(wordProbability(wordModel("en", "crisis"), textFeatures("I want to die", "en"))).toBeGreaterThan(
      0.5,
    );
    expect(
      wordProbability(wordModel("en", "crisis"), textFeatures("We had pasta for dinner", "en")),
    ).toBeLessThan(0.2);
    expect(
      wordProbability(wordModel("fr", "coercion"), textFeatures("Mon mari me frappe", "fr")),
    ).toBeGreaterThan(0.5);
  });

  it("weighs a probability by steps per language and signal: support, core, enough alone", () => {
    for (const locale of ["en", "fr"] as const) {
      for (const signal of safetySignals) {
        const [alone, core, support] = wordModelWeights[locale][signal].map((step) => step.from) as [
          number,
          number,
          number,
        ];
        expect(wordModelWeight(support / 2, signal, locale)).toBe(0);
        expect(wordModelWeight(support, signal, locale)).toBe(1);
        expect(wordModelWeight(core, signal, locale)).toBe(2);
        expect(wordModelWeight((core + alone) / 2, signal, locale)).toBe(2);
        expect(wordModelWeight(alone, signal, locale)).toBe(3);
      }
    }
    expect(stepWeight([{ from: 0.5, weight: 2 }], 0.4)).toBe(0);
  });

  it("explains a probability by the features that moved it most, for review", () => {
    const features = textFeatures("I want to die", "en");
    const explained = explainWords(wordModel("en", "crisis"), features, 3);
    expect(explained.probability).toBe(wordProbability(wordModel("en", "crisis"), features));
    expect(explained.features.length).toBeLessThanOrEqual(3);
    expect(explained.features.length).toBeGreaterThan(0);
    const sizes = explained.features.map((f) => Math.abs(f.weight));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });
});
