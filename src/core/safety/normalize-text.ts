/**
 * Normalises free text for rule matching: Unicode compatibility forms, lower case, no accents,
 * one apostrophe, two kinds of quotation mark, and letters stretched for emphasis cut back to two
 * ("nooooo" -> "noo", "tuéééé" -> "tuee").
 *
 * Quotation marks: “ « „ ‹ become “ (opening), ” » › become ” (closing), the straight " stays
 * (it opens or closes by position). Apostrophe-like marks ’ ‘ ` ´ ʼ ′ become '.
 *
 * Complexity: O(n) in the length of the text.
 * Example: `normalizeText("J’ai ENVIE de mourriiiir")` is `"j'ai envie de mourriir"`.
 */
export function normalizeText(text: string): string {
  // Plain ASCII (most notes in English) has no compatibility forms, accents, curly marks or
  // ligatures: only case, the backquote, stretched letters and spaces and tabs to treat, in the
  // same order as below.
  if (!beyondAscii.test(text)) {
    return text
      .toLowerCase()
      .replace(/`/g, "'")
      .replace(/([a-z])\1{2,}/g, "$1$1")
      .replace(/[ \t]+/g, " ")
      .trim();
  }
  // French as people type it (accented letters, œ, curly apostrophes and quotation marks, dashes) has
  // no compatibility forms either: each of these characters folds to the same result as the full path.
  if (frenchLetters.test(text)) {
    return text
      .toLowerCase()
      .replace(/[`\u0080-\uffff]/g, (c) => folded.get(c) ?? c)
      .replace(/([a-z])\1{2,}/g, "$1$1")
      .replace(/[ \t]+/g, " ")
      .trim();
  }
  return normalizeTextFully(text);
}

/**
 * `normalizeText` by its full path, for any text: compatibility forms (NFKC), lower case, marks,
 * accents (NFD, then every combining mark removed), stretched letters, spaces. `normalizeText` takes
 * shorter paths for plain ASCII and for common French text, with the same result. O(n).
 */
export function normalizeTextFully(text: string): string {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[’‘`´ʼ′]/g, "'")
      .replace(/[«“„‹]/g, "“")
      .replace(/[»”›]/g, "”")
      .replace(/œ/g, "oe")
      .replace(/æ/g, "ae")
      .replace(/ß/g, "ss")
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      // Emphasis by repetition: three or more of the same letter become two.
      .replace(/(\p{L})\1{2,}/gu, "$1$1")
      .replace(/[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, " ")
      .trim()
  );
}

const beyondAscii = /[\u0080-\uffff]/;

/** Text made only of ASCII and the characters of `folded` (and their capitals). */
const frenchLetters = /^[\x20-\x7e\t\n\ràâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ’‘«»“”–—]*$/;

/** What the full path makes of each of those characters once in lower case. */
const folded: ReadonlyMap<string, string> = new Map([
  ..."àâäçéèêëîïôöùûüÿ".split("").map((c) => [c, c.normalize("NFD")[0] as string] as const),
  ["œ", "oe"],
  ["æ", "ae"],
  ["`", "'"],
  ["’", "'"],
  ["‘", "'"],
  ["«", "“"],
  ["»", "”"],
]);

/**
 * A word with every doubled letter written once ("killl" -> "kil", "mourrir" -> "mourir"): two
 * spellings that squeeze to the same string are treated as the same key word. O(n).
 */
export function squeezeLetters(word: string): string {
  // A loop rather than /(.)\1+/g, which this replaces exactly (a line break is never squeezed).
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const c = word[i] as string;
    if (i > 0 && c === word[i - 1] && !lineBreaks.includes(c)) continue;
    out += c;
  }
  return out;
}

const lineBreaks = "\n\r\u2028\u2029";
