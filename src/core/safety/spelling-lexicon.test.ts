import { describe, expect, it } from "vitest";
import { buildSpellingLexicon, canonicalWord } from "./spelling-lexicon";
import { withinOneEdit } from "./within-one-edit";

describe("withinOneEdit", () => {
  it("forgives one insertion, deletion or swap", () => {
    expect(withinOneEdit("sucide", "suicide", false)).toBe(true);
    expect(withinOneEdit("suicdie", "suicide", false)).toBe(true);
    expect(withinOneEdit("suicidee", "suicide", false)).toBe(true);
  });

  it("forgives a replaced letter only when asked", () => {
    expect(withinOneEdit("courir", "mourir", false)).toBe(false);
    expect(withinOneEdit("suicudal", "suicidal", true)).toBe(true);
  });

  it("refuses two edits", () => {
    expect(withinOneEdit("sucdie", "suicide", true)).toBe(false);
  });
});

describe("canonicalWord", () => {
  const lexicon = buildSpellingLexicon(
    ["want to die", "through"],
    ["suicide", "suicidal", "mourir", "kill", "myself"],
  );

  it("keeps known and short words as they are", () => {
    expect(canonicalWord("want", lexicon)).toBe("want");
    expect(canonicalWord("through", lexicon)).toBe("through");
    expect(canonicalWord("of", lexicon)).toBe("of");
  });

  it("reads misspelt key words as themselves", () => {
    expect(canonicalWord("sucidal", lexicon)).toBe("suicidal");
    expect(canonicalWord("mourrir", lexicon)).toBe("mourir");
    expect(canonicalWord("killl", lexicon)).toBe("kill");
    expect(canonicalWord("myslef", lexicon)).toBe("myself");
    expect(canonicalWord("kil", lexicon)).toBe("kill");
  });

  it("never turns a different real word into a key word", () => {
    expect(canonicalWord("courir", lexicon)).toBe("courir");
    expect(canonicalWord("nourrir", lexicon)).toBe("nourrir");
    expect(canonicalWord("ki", lexicon)).toBe("ki");
  });
});
