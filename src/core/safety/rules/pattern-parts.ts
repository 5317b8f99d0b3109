/**
 * Small building blocks for rule patterns. A sentence reaches the rules as lower-case words
 * separated by single spaces, "," for a pause and "|" for its end, so a pattern is a phrase with
 * optional parts: `want to ${adverbs}die`.
 */

/** Up to `n` words (never a pause or the end of the sentence), each followed by a space. */
export const gap = (n: number) => `(?:[^ ,|]+ ){0,${n}}`;

/**
 * Up to `n` words, none of them a negation: a French negation often stands inside a phrase ("il ne
 * fouille jamais mon téléphone"), and a gap must not swallow it.
 */
export const plainGap = (n: number) =>
  `(?:(?!(?:not|never|pas|jamais|plus|rien|ne|non|aucun|aucune|ni)(?= ))[^ ,|]+ ){0,${n}}`;

/** Any of the phrases, as one group. */
export const anyOf = (...phrases: string[]) => `(?:${phrases.join("|")})`;

/** Optional words that soften or stress without changing the meaning, up to three in a row. */
export const optional = (words: string) =>
  `(?:(?:${words
    .trim()
    .split(/\s*\|\s*/)
    .join("|")}) ){0,3}`;

/** The end of a clause: a pause, the end of the sentence, or a word that starts a new clause. */
export const clauseEnd = "(?= (?:,|\\||and|but|because|so|et|mais|car|parce|donc)(?= ))";
