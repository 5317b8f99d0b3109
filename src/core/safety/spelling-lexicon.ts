import { squeezeLetters } from "./normalize-text";
import { withinOneEdit } from "./within-one-edit";

/** Key words and how to find them under a slip of the keyboard. Built once per language. */
export interface SpellingLexicon {
  /** Every word the rules and context lists use, exactly: such a word is never read as another. */
  words: ReadonlySet<string>;
  /** Squeezed spelling -> key word ("kil" -> "kill"), first key word wins. */
  squeezed: ReadonlyMap<string, string>;
  /** Key words of six letters or more, by length, for the one-edit search. */
  byLength: ReadonlyMap<number, readonly string[]>;
}

/** Below this length a key word is matched only exactly or with letters doubled ("diee"). */
export const minimumFuzzyLength = 6;
/** From this length a replaced letter is also forgiven ("suicudal"); shorter words collide too often. */
/** From this length a key word may also lose a doubled letter ("kil" -> "kill"); key words are reviewed. */
export const minimumSqueezeLength = 4;
export const minimumSubstitutionLength = 8;

/** Real words one slip away from a key word, which must never be read as that key word. */
const protectedWords = new Set(["meditation", "homeless", "agent", "voilee", "through", "having", "other"]);

/**
 * Builds the lexicon: `sources` (rule patterns, context lists) give the words kept exactly as they
 * are, every run of three letters or more; `keywords` are the reviewed key words a misspelt token may
 * be read as. Keeping fuzzy targets to a reviewed list stops common words drifting ("through" must
 * never become "though"). O(total length of the sources).
 */
export function buildSpellingLexicon(
  sources: Iterable<string>,
  keywords: readonly string[],
): SpellingLexicon {
  const words = new Set<string>(keywords);
  for (const source of sources) {
    for (const match of source.matchAll(/[a-z]{3,}/g)) words.add(match[0]);
  }
  const squeezed = new Map<string, string>();
  const byLength = new Map<number, string[]>();
  for (const word of [...new Set(keywords)].sort()) {
    const key = squeezeLetters(word);
    if (!squeezed.has(key)) squeezed.set(key, word);
    if (word.length >= minimumFuzzyLength) {
      const bucket = byLength.get(word.length) ?? [];
      bucket.push(word);
      byLength.set(word.length, bucket);
    }
  }
  return { words, squeezed, byLength };
}

/**
 * The key word a token stands for, or the token itself. Known words stay as they are; a token that
 * only adds doubled letters maps to its key word ("killl" -> "kill"); a token that drops a doubled
 * letter maps to key words of four letters or more ("kil" -> "kill"); a token one edit
 * away from a key word of six letters or more maps to it, replaced letters only from eight letters.
 * The search tries key words of the same length, then one shorter, then one longer, each list in
 * alphabetical order, so the result is deterministic.
 *
 * Complexity: O(k * m) for k key words of similar length and m letters; O(1) for exact words.
 * Example: with "suicide" in the lexicon, `canonicalWord("sucide", lexicon)` is "suicide".
 */
export function canonicalWord(token: string, lexicon: SpellingLexicon): string {
  if (token.length < 3 || lexicon.words.has(token) || protectedWords.has(token)) return token;
  const squeezedMatch = lexicon.squeezed.get(squeezeLetters(token));
  if (
    squeezedMatch &&
    (token.length > squeezedMatch.length || squeezedMatch.length >= minimumSqueezeLength)
  ) {
    return squeezedMatch;
  }
  if (token.length < minimumFuzzyLength - 1) return token;
  for (const length of [token.length, token.length - 1, token.length + 1]) {
    for (const word of lexicon.byLength.get(length) ?? []) {
      if (withinOneEdit(token, word, word.length >= minimumSubstitutionLength)) return word;
    }
  }
  return token;
}
