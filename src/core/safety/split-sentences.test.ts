import { describe, expect, it } from "vitest";
import { expandWord } from "./expand-word";
import { normalizeText } from "./normalize-text";
import { splitSentences } from "./split-sentences";

const split = (text: string) => splitSentences(normalizeText(text));

describe("expandWord", () => {
  it("expands English contractions", () => {
    expect(expandWord("don't")).toEqual(["do", "not"]);
    expect(expandWord("can't")).toEqual(["can", "not"]);
    expect(expandWord("won't")).toEqual(["will", "not"]);
    expect(expandWord("i'm")).toEqual(["i", "am"]);
    expect(expandWord("it's")).toEqual(["it", "is"]);
    expect(expandWord("mum's")).toEqual(["mum"]);
  });

  it("expands French elisions", () => {
    expect(expandWord("j'ai")).toEqual(["je", "ai"]);
    expect(expandWord("m'a")).toEqual(["me", "a"]);
    expect(expandWord("qu'il")).toEqual(["que", "il"]);
    expect(expandWord("d'en")).toEqual(["de", "en"]);
  });

  it("reads texting shorthand in both languages", () => {
    expect(expandWord("wanna")).toEqual(["want", "to"]);
    expect(expandWord("kms")).toEqual(["kill", "myself"]);
    expect(expandWord("jveux")).toEqual(["je", "veux"]);
    expect(expandWord("jai")).toEqual(["je", "ai"]);
  });
});

describe("splitSentences", () => {
  it("cuts sentences, keeps pauses as commas and ends each with |", () => {
    const sentences = split("I'm tired, really. Going to bed!");
    expect(sentences.map((s) => s.tokens.join(" "))).toEqual(["i am tired , really |", "going to bed |"]);
    expect(sentences.every((s) => s.quote === null)).toBe(true);
  });

  it("lifts quotations out and keeps the words around them", () => {
    const sentences = split('He said "you are not going anywhere" and left.');
    expect(sentences[0]?.tokens.join(" ")).toBe("he said _q_ and left |");
    expect(sentences[1]?.tokens.join(" ")).toBe("you are not going anywhere |");
    expect(sentences[1]?.quote).toEqual({ before: ["he", "said"], after: ["and", "left"] });
  });

  it("pairs single quotes but never mistakes an apostrophe for one", () => {
    const sentences = split("the song says 'I want to die' and I don't like it");
    expect(sentences.map((s) => s.tokens.join(" "))).toEqual([
      "the song says _q_ and i do not like it |",
      "i want to die |",
    ]);
  });

  it("ignores a quotation mark that never closes", () => {
    expect(split('I said "no and left').map((s) => s.tokens.join(" "))).toEqual(["i said no and left |"]);
  });

  it("joins words people write apart", () => {
    expect(split("I don't want to live any more")[0]?.tokens).toContain("anymore");
  });

  it("reads words named like the properties of every object as plain words", () => {
    expect(expandWord("constructor")).toEqual(["constructor"]);
    expect(expandWord("x'constructor")).toEqual(["x", "constructor"]);
    expect(split("The constructor's valueof, tostring and my self").map((s) => s.tokens.join(" "))).toEqual([
      "the constructor valueof , tostring and myself |",
    ]);
  });

  it("reads letters, digits and marks beyond ASCII as the expression does", () => {
    expect(split("Ça ira, 3,5 km – puis… «non» ? ٣ ok").map((s) => s.tokens.join(" "))).toEqual([
      "ca ira , 3,5 km , puis |",
      "_q_ |",
      "٣ ok |",
      "non |",
    ]);
  });
});
