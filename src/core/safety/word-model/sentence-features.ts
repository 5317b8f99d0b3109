import type { Locale } from "../../locale";
import { normalizeText } from "../normalize-text";
import { prepareSentence } from "../prepare-sentence";
import { ruleBook } from "../rule-book";
import { splitSentences } from "../split-sentences";

/** Words whose reach marks the rest of the clause as denied, in both languages. */
const negations = new Set(["not", "never", "no", "nor", "pas", "jamais", "rien", "aucun", "aucune", "sans"]);
/** Words and marks that end a negation's reach. */
const clauseBreaks = new Set([",", "|", "but", "and", "because", "so", "mais", "et", "car", "donc"]);
/** Prefix of a word said under a negation ("not:want"), and of words inside a quotation. */
export const deniedPrefix = "not:";
export const quotedPrefix = "q:";

/**
 * The features the word model reads in one prepared sentence: each word and each pair of neighbouring
 * words ("want", "want_to"), a word after a negation in the same clause marked as denied
 * ("not:want"), and everything inside a quotation marked as quoted ("q:die").
 *
 * Complexity: O(words). Example: `sentenceFeatures(["i", "do", "not", "want", "|"], false)` holds
 * "i", "not", "not:want" and "not_not:want".
 */
export function sentenceFeatures(tokens: readonly string[], quoted: boolean): string[] {
  const out = new Set<string>();
  const prefix = quoted ? quotedPrefix : "";
  let denied = false;
  const marked: string[] = [];
  for (const word of tokens) {
    if (clauseBreaks.has(word)) {
      denied = false;
      marked.push(word);
      continue;
    }
    marked.push(denied ? `${deniedPrefix}${word}` : word);
    if (negations.has(word)) denied = true;
  }
  for (let i = 0; i < marked.length; i++) {
    out.add(prefix + marked[i]);
    if (i + 1 < marked.length) out.add(`${prefix}${marked[i]}_${marked[i + 1]}`);
  }
  return [...out];
}

/**
 * The features of a whole text (all its sentences together), read exactly as the detector reads them:
 * normalised, key words spelt right, idioms masked. Used to train the model on labelled texts.
 * O(length of the text).
 */
export function textFeatures(text: string, locale: Locale): string[] {
  const book = ruleBook(locale);
  const out = new Set<string>();
  for (const sentence of splitSentences(normalizeText(text))) {
    const { tokens } = prepareSentence(sentence, book);
    for (const feature of sentenceFeatures(tokens, sentence.quote !== null)) out.add(feature);
  }
  return [...out];
}
