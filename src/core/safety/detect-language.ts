import type { Locale } from "../locale";

// Frequent words that belong to one language only (words shared by both, such as "me", "on",
// "plus", "a", are left out).
const english = new Set(
  "the and i you to is my not it of in that was with he she for but want have just so do this be are what at am would will can".split(
    " ",
  ),
);
const french = new Set(
  "je le la les de des et est pas ne un une que qui il elle mon ma mes moi pour avec dans ce ai suis du au sur tout mais ou tres cette veux fait".split(
    " ",
  ),
);

/** How much more often one language's words must appear before the text is said to be in it. */
export const languageMargin = 1.5;

/**
 * The language of a text from its frequent words, or null when neither clearly wins (too short,
 * mixed). Expects expanded words (see `splitSentences`), so "j'ai" counts as "je ai".
 *
 * Complexity: O(number of words).
 * Example: `detectLanguage(["je", "ai", "peur"])` is "fr"; `detectLanguage(["suicidal"])` is null.
 */
export function detectLanguage(words: readonly string[]): Locale | null {
  let en = 0;
  let fr = 0;
  for (const word of words) {
    if (english.has(word)) en++;
    else if (french.has(word)) fr++;
  }
  if (en > 0 && en >= fr * languageMargin) return "en";
  if (fr > 0 && fr >= en * languageMargin) return "fr";
  return null;
}
