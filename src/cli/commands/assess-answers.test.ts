import { describe, expect, it } from "vitest";
import { parseScriptedAnswers, scriptedAnswerer } from "./assess-answers";

describe("scripted answers", () => {
  it("reads a sequence separated by commas, spaces or new lines, and hands it out in order", () => {
    const answers = parseScriptedAnswers("4, 2\n5 1");
    expect(answers).toEqual({ kind: "sequence", values: [4, 2, 5, 1] });
    const next = scriptedAnswerer(answers);
    expect(["a", "b", "c", "d"].map(next)).toEqual([4, 2, 5, 1]);
    expect(() => next("e")).toThrow(/ran out after 4 answers/);
  });

  it("reads answers by item id and gives each item its own", () => {
    const next = scriptedAnswerer(parseScriptedAnswers("rel-01=4,dis-02=1"));
    expect(next("dis-02")).toBe(1);
    expect(next("rel-01")).toBe(4);
    expect(() => next("st-01")).toThrow(/no answer for item st-01/);
  });

  it("names the source and the faulty token", () => {
    expect(() => parseScriptedAnswers("4,6", "standard input")).toThrow(
      /standard input must hold answers from 1 to 5, got "6" at position 2/,
    );
    expect(() => parseScriptedAnswers("rel-01=4,3")).toThrow(/either plain answers or item=answer pairs/);
    expect(() => parseScriptedAnswers("rel-01=0")).toThrow(/got "0" for rel-01/);
    expect(() => parseScriptedAnswers(" \n ")).toThrow(/holds no answers/);
  });
});
