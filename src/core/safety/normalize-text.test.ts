import { describe, expect, it } from "vitest";
import { createRandom } from "../random";
import { normalizeText, normalizeTextFully, squeezeLetters } from "./normalize-text";

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

  // Plain ASCII and common French take shorter paths: each must give what the full path gives.
  it("gives the same result on the ASCII path as on the full one", () => {
    const random = createRandom(11);
    const alphabet = "aAbBeEllLLooO   \t`'\"-.,!?kK0";
    let differentFromInput = 0;
    for (let i = 0; i < 3000; i++) {
      let text = "";
      const length = Math.floor(random.next() * 24);
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(random.next() * alphabet.length)];
      const fast = normalizeText(text);
      expect(fast, JSON.stringify(text)).toBe(normalizeTextFully(text));
      if (fast !== text) differentFromInput++;
    }
    expect(differentFromInput).toBeGreaterThan(2000);
  });

  it("gives the same result on the French path as on the full one", () => {
    const random = createRandom(13);
    const alphabet = "aeEé  \t\nÉèêëàÀâäçÇîïôöùûüÿŸœŒæÆ’‘«»“”–—`'\"xX.,";
    let folded = 0;
    for (let i = 0; i < 5000; i++) {
      let text = "";
      const length = Math.floor(random.next() * 24);
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(random.next() * alphabet.length)];
      const fast = normalizeText(text);
      expect(fast, JSON.stringify(text)).toBe(normalizeTextFully(text));
      if (/[éèàçœ’«]/i.test(text)) folded++;
    }
    expect(folded).toBeGreaterThan(3000);
    expect(normalizeText("Œuvre « déjà » VUE l’été")).toBe("oeuvre “ deja ” vue l'ete");
  });

  it("squeezes doubled letters exactly as the expression /(.)\\1+/g does", () => {
    const random = createRandom(5);
    const alphabet = "aabbkkll\n\n\r\u2028 é😀";
    for (let i = 0; i < 3000; i++) {
      let word = "";
      const length = Math.floor(random.next() * 12);
      for (let j = 0; j < length; j++) word += alphabet[Math.floor(random.next() * alphabet.length)];
      expect(squeezeLetters(word), JSON.stringify(word)).toBe(word.replace(/(.)\1+/g, "$1"));
    }
  });
});
