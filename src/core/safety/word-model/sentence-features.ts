import type { Locale } from "../../locale";
import { normalizeText } from "../normalize-text";
import { prepareSentence } from "../prepare-sentence";
import { ruleBook } from "../rule-book";
import { splitSentences } from "../split-sentences";
import { gramName, sentenceGrams } from "./word-grams";

/** Words whose reach marks the rest of the clause as denied, in both languages. */
const negations = new Set(["not", "never", "no", "nor", "pas", "jamais", "rien", "aucun", "aucune", "sans"]);
/** Words and marks that end a negation's reach. */
const clauseBreaks = new Set([",", "|", "but", "and", "because", "so", "mais", "et", "car", "donc"]);
/** Prefix of a word said under a negation ("not:want"), and of words inside a quotation. */
export const deniedPrefix = "not:";
export const quotedPrefix = "q:";

/**
 * The words of a prepared sentence with those a negation denies marked ("not:want"), up to the end of
 * the clause. O(words).
 *
 * Example: `markDenied(["i", "do", "not", "want", ",", "fine"])` is
 * `["i", "do", "not", "not:want", ",", "fine"]`.
 */
export function markDenied(tokens: readonly string[]): string[] {
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
  return marked;
}

/**
 * The word features the word model reads in one prepared sentence: each word and each pair of
 * neighbouring words ("want", "want_to"), a word after a negation in the same clause marked as denied
 * ("not:want"), and everything inside a quotation marked as quoted ("q:die"). The model also reads
 * the parts of the words (`sentenceGrams` over `markDenied`); `sentenceParts` gives both, as the
 * detector reads them, and `textFeatures` names both.
 *
 * Complexity: O(words). Example: `sentenceFeatures(["i", "do", "not", "want", "|"], false)` holds
 * "i", "not", "not:want" and "not_not:want".
 */
export function sentenceFeatures(tokens: readonly string[], quoted: boolean): string[] {
  return wordFeatures(markDenied(tokens), quoted);
}

function wordFeatures(marked: readonly string[], quoted: boolean): string[] {
  const out = new Set<string>();
  const prefix = quoted ? quotedPrefix : "";
  for (let i = 0; i < marked.length; i++) {
    out.add(prefix + marked[i]);
    if (i + 1 < marked.length) out.add(`${prefix}${marked[i]}_${marked[i + 1]}`);
  }
  return [...out];
}

/** What the word model reads in one sentence: word features by name, parts of words by number. */
export interface SentenceParts {
  words: string[];
  grams: number[];
}

/**
 * The word features and the parts of the words of one prepared sentence, as the detector reads them.
 * O(letters). Example: `sentenceParts(["pills"], false).grams.map(gramName)` holds "#pill".
 */
export function sentenceParts(tokens: readonly string[], quoted: boolean): SentenceParts {
  const marked = markDenied(tokens);
  return { words: wordFeatures(marked, quoted), grams: sentenceGrams(marked, quoted) };
}

/**
 * The features of a whole text (all its sentences together), read exactly as the detector reads them:
 * normalised, key words spelt right, idioms masked; the parts of words by name ("#<sui"). Used to
 * train the model on labelled texts and to explain it. O(length of the text).
 */
export function textFeatures(text: string, locale: Locale): string[] {
  const book = ruleBook(locale);
  const out = new Set<string>();
  for (const sentence of splitSentences(normalizeText(text))) {
    const { tokens } = prepareSentence(sentence, book);
    const { words, grams } = sentenceParts(tokens, sentence.quote !== null);
    for (const feature of words) out.add(feature);
    for (const code of grams) out.add(gramName(code));
  }
  return [...out];
}
