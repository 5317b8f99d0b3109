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
  /**
   * The same key words by their deletion neighbourhood: each word, and each spelling with one of its
   * letters left out, leads to the word. Two words one edit apart share a spelling there.
   */
  neighbours: ReadonlyMap<string, readonly string[]>;
}

/** Below this length a key word is matched only exactly or with letters doubled ("diee"). */
export const minimumFuzzyLength = 6;
/** From this length a replaced letter is also forgiven ("suicudal"); shorter words collide too often. */
/** From this length a key word may also lose a doubled letter ("kil" -> "kill"); key words are reviewed. */
export const minimumSqueezeLength = 4;
export const minimumSubstitutionLength = 8;

/** Real words one slip away from a key word, which must never be read as that key word. */
export const protectedWords: ReadonlySet<string> = new Set([
  "meditation",
  "homeless",
  "agent",
  "voilee",
  "through",
  "having",
  "other",
]);

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
  const neighbours = new Map<string, string[]>();
  for (const word of [...new Set(keywords)].sort()) {
    const key = squeezeLetters(word);
    if (!squeezed.has(key)) squeezed.set(key, word);
    if (word.length >= minimumFuzzyLength) {
      const bucket = byLength.get(word.length) ?? [];
      bucket.push(word);
      byLength.set(word.length, bucket);
      for (const spelling of deletionNeighbourhood(word)) {
        const list = neighbours.get(spelling) ?? [];
        if (!list.includes(word)) list.push(word);
        neighbours.set(spelling, list);
      }
    }
  }
  return { words, squeezed, byLength, neighbours };
}

/**
 * A word and every spelling of it with one letter left out ("kill" -> "kill", "ill", "kll", "kil").
 * Reference: the deletion neighbourhood of symmetric-delete spelling correction (Garbe, SymSpell,
 * 2012). O(n²) for n letters.
 */
export function deletionNeighbourhood(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * The key word a token stands for, or the token itself. Known words stay as they are; a token that
 * only adds doubled letters maps to its key word ("killl" -> "kill"); a token that drops a doubled
 * letter maps to key words of four letters or more ("kil" -> "kill"); a token one edit
 * away from a key word of six letters or more maps to it, replaced letters only from eight letters.
 * The search prefers key words of the same length, then one shorter, then one longer, each length
 * in alphabetical order, so the result is deterministic.
 *
 * Only key words that share a spelling of the deletion neighbourhood with the token can be one edit
 * away (an insertion, deletion, replacement or swap leaves a common spelling with one letter or none
 * left out), so only those are checked.
 *
 * Complexity: O(m²) for m letters (the neighbourhood), plus the few key words found; O(1) for
 * exact words.
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
  let best: string | undefined;
  let bestRank = 3;
  for (const spelling of deletionNeighbourhood(token)) {
    for (const word of lexicon.neighbours.get(spelling) ?? []) {
      const rank = lengthRank(token.length, word.length);
      if (rank > bestRank || (rank === bestRank && best !== undefined && word >= best)) continue;
      if (withinOneEdit(token, word, word.length >= minimumSubstitutionLength)) {
        best = word;
        bestRank = rank;
      }
    }
  }
  return best ?? token;
}

/** The order in which key word lengths are preferred: the token's own, one shorter, one longer. */
function lengthRank(token: number, word: number): number {
  if (word === token) return 0;
  if (word === token - 1) return 1;
  return word === token + 1 ? 2 : 3;
}
