import { describe, expect, it } from "vitest";
import { createRandom } from "../random";
import { squeezeLetters } from "./normalize-text";
import { ruleBook } from "./rule-book";
import {
  buildSpellingLexicon,
  canonicalWord,
  deletionNeighbourhood,
  minimumFuzzyLength,
  minimumSqueezeLength,
  minimumSubstitutionLength,
  protectedWords,
  type SpellingLexicon,
} from "./spelling-lexicon";
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

/** The search as first written: every key word of the token's length, one shorter, one longer. */
function canonicalWordByScan(token: string, lexicon: SpellingLexicon): string {
  if (token.length < 3 || lexicon.words.has(token)) return token;
  if (protectedWords.has(token)) return token;
  const squeezed = lexicon.squeezed.get(squeezeLetters(token));
  if (squeezed && (token.length > squeezed.length || squeezed.length >= minimumSqueezeLength))
    return squeezed;
  if (token.length < minimumFuzzyLength - 1) return token;
  for (const length of [token.length, token.length - 1, token.length + 1]) {
    for (const word of lexicon.byLength.get(length) ?? []) {
      if (withinOneEdit(token, word, word.length >= minimumSubstitutionLength)) return word;
    }
  }
  return token;
}

describe("canonicalWord through the deletion neighbourhood", () => {
  it("lists a word and each spelling with one letter left out", () => {
    expect(deletionNeighbourhood("kill")).toEqual(["kill", "ill", "kll", "kil", "kil"]);
  });

  // Misspellings of the real key words (one or two random edits, doubled letters) and random words:
  // the index must choose exactly the key word the full scan chooses.
  it("finds what the full scan finds, on the key words of both languages", () => {
    const random = createRandom(7);
    const letters = "abcdefghijklmnopqrstuvwxyz";
    const letter = () => letters[Math.floor(random.next() * letters.length)] as string;
    const edit = (word: string): string => {
      const at = Math.floor(random.next() * (word.length + 1));
      const kind = Math.floor(random.next() * 5);
      if (kind === 0) return word.slice(0, at) + letter() + word.slice(at);
      if (kind === 1) return word.slice(0, at) + word.slice(at + 1);
      if (kind === 2) return word.slice(0, at) + letter() + word.slice(at + 1);
      if (kind === 3) return word.slice(0, at) + (word[at + 1] ?? "") + (word[at] ?? "") + word.slice(at + 2);
      return word.slice(0, at) + (word[at] ?? "") + word.slice(at);
    };
    let changed = 0;
    let compared = 0;
    for (const locale of ["en", "fr"] as const) {
      const lexicon = ruleBook(locale).lexicon;
      const keys = [...lexicon.byLength.values()].flat();
      for (let i = 0; i < 6000; i++) {
        const roll = random.next();
        let token: string;
        if (roll < 0.1) {
          token = "";
          const length = 3 + Math.floor(random.next() * 9);
          for (let j = 0; j < length; j++) token += letter();
        } else {
          token = keys[Math.floor(random.next() * keys.length)] as string;
          token = edit(token);
          if (roll > 0.7) token = edit(token);
        }
        const expected = canonicalWordByScan(token, lexicon);
        expect(canonicalWord(token, lexicon), token).toBe(expected);
        compared++;
        if (expected !== token) changed++;
      }
    }
    expect(compared).toBe(12000);
    expect(changed).toBeGreaterThan(3000);
  });
});
