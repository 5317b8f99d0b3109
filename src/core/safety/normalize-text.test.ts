import { describe, expect, it } from "vitest";
import { normalizeText, squeezeLetters } from "./normalize-text";

describe("normalizeText", () => {
  it("lowers case and removes accents", () => {
    expect(normalizeText("J'ÉTAIS Désespérée à Noël")).toBe("j'etais desesperee a noel");
  });

  it("unifies apostrophes and quotation marks", () => {
    expect(normalizeText("I don’t know")).toBe("i don't know");
    expect(normalizeText("« non »")).toBe("“ non ”");
    expect(normalizeText("“yes”")).toBe("“yes”");
  });

  it("cuts letters stretched for emphasis back to two", () => {
    expect(normalizeText("noooooo I want to dieeee")).toBe("noo i want to diee");
    expect(normalizeText("mourirrrrr")).toBe("mourirr");
  });

  it("spells ligatures out and collapses spaces", () => {
    expect(normalizeText("  sur   des œufs  ")).toBe("sur des oeufs");
  });
});

describe("squeezeLetters", () => {
  it("writes every doubled letter once", () => {
    expect(squeezeLetters("killl")).toBe("kil");
    expect(squeezeLetters("mourrir")).toBe("mourir");
    expect(squeezeLetters("kill")).toBe(squeezeLetters("kil"));
  });
});
