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
