import { NumberSet } from "./number-set";

/**
 * Parts of words for the word model: each word of four letters or more is also read in overlapping
 * parts of four characters, its edges marked ("suicide" → "<sui", "suic", "uici", "icid", "cide",
 * "ide>"), so a misspelling, another ending or a slang form shares weight with the word it resembles
 * (character n-grams, as in Bojanowski et al., "Enriching Word Vectors with Subword Information", TACL
 * 2017). The detector reads them as numbers (no text is built for them); training and review read
 * them by name ("#<sui", "#q:<sui" inside a quotation).
 */

/** First character of the name of a part of a word: such a feature weighs less while training. */
export const gramPrefix = "#";
/** Characters in a part of a word, counting the marks of its edges; shorter words are not cut. */
export const gramLength = 4;
/** The character codes of the marks of a word's start and end. */
const start = 60; // "<"
const end = 62; // ">"
/** Set on the number of a part of a word read inside a quotation. */
const quotedBit = 1 << 20;

/** Five bits per character: a–z are 1–26, the start mark 27, the end mark 28. */
function charValue(code: number): number {
  return code === start ? 27 : code === end ? 28 : code - 96;
}

/** Whether a word is made of the letters a–z only (a denied word carries "not:", a pause is "|"). */
function isLetters(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/**
 * The parts of the words of a prepared sentence (its words with the denied ones marked, see
 * `markDenied`), as numbers, each once. Words marked as denied ("not:want") and anything but plain
 * letters are not cut: a part says too little about what a negation denies. O(letters).
 *
 * Example: `sentenceGrams(["pills"], false).map(gramName)` is `["#<pil", "#pill", "#ills", "#lls>"]`.
 */
export function sentenceGrams(tokens: readonly string[], quoted: boolean): number[] {
  const out: number[] = [];
  const mark = quoted ? quotedBit : 0;
  seen.clear();
  for (const word of tokens) {
    if (word.length < gramLength || !isLetters(word)) continue;
    // The four characters of "<word>" from position i, as one number of 20 bits.
    let code = charValue(start);
    for (let i = 0; i < gramLength - 2; i++) code = (code << 5) | charValue(word.charCodeAt(i));
    for (let i = gramLength - 2; i <= word.length; i++) {
      const next = i < word.length ? charValue(word.charCodeAt(i)) : charValue(end);
      code = ((code << 5) | next) & (quotedBit - 1);
      if (seen.add(code | mark)) out.push(code | mark);
    }
  }
  return out;
}

const seen = new NumberSet();

const letters = " abcdefghijklmnopqrstuvwxyz<>";

/** The name of a part of a word from its number: "#<sui", "#q:<sui". O(1). */
export function gramName(code: number): string {
  let text = "";
  for (let shift = 5 * (gramLength - 1); shift >= 0; shift -= 5) text += letters[(code >> shift) & 31];
  return `${gramPrefix}${code & quotedBit ? "q:" : ""}${text}`;
}

/** The number of a part of a word from its name, or undefined for any other feature. O(1). */
export function gramCode(name: string): number | undefined {
  if (!name.startsWith(gramPrefix)) return undefined;
  const quoted = name.startsWith("q:", gramPrefix.length);
  const text = name.slice(gramPrefix.length + (quoted ? 2 : 0));
  if (text.length !== gramLength) return undefined;
  let code = 0;
  for (let i = 0; i < text.length; i++) {
    const value = letters.indexOf(text.charAt(i));
    if (value < 1) return undefined;
    code = (code << 5) | value;
  }
  return quoted ? code | quotedBit : code;
}
