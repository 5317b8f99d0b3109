import { attributeQuote, type QuoteSpeaker } from "./attribute-quote";
import { spans, tokenStarts } from "./match-spans";
import { candidateStarts } from "./prefix-index";
import type { RuleBook } from "./rule-book";
import { ruleBookIndex } from "./rule-book-index";
import { canonicalWord } from "./spelling-lexicon";
import type { Sentence } from "./split-sentences";

/** The token that replaces each word of a masked idiom. */
export const idiomMask = "_i_";

/** One sentence ready to be read: key words spelt right, idioms masked, and whose words they are. */
export interface PreparedSentence {
  tokens: string[];
  speaker: QuoteSpeaker;
  /** Ids of the idioms masked in it. */
  idioms: string[];
}

/**
 * Reads misspelt key words as themselves, masks idioms ("dying to see her" -> "_i_ _i_ see her") and
 * tells whose words a quotation holds. Shared by the rules and the word model, so both see the same
 * sentence. O(words × idioms).
 */
export function prepareSentence(sentence: Sentence, book: RuleBook): PreparedSentence {
  const tokens = sentence.tokens.map((token) => canonicalWord(token, book.lexicon));
  const idioms: string[] = [];
  const index = ruleBookIndex(book).idioms;
  // The sentence as the idioms read it, written again only after a mask changed it.
  let text = ` ${tokens.join(" ")} `;
  let starts = tokenStarts(tokens);
  let startsOf = candidateStarts(index, text, starts);
  for (const compiled of book.idioms) {
    const candidates = startsOf(compiled.regex);
    if (candidates?.length === 0) continue;
    const found = [...spans(compiled, text, starts, candidates)];
    if (found.length === 0) continue;
    idioms.push(compiled.rule.id);
    for (const { start, end } of found) tokens.fill(idiomMask, start, end);
    text = ` ${tokens.join(" ")} `;
    starts = tokenStarts(tokens);
    startsOf = candidateStarts(index, text, starts);
  }
  const speaker = sentence.quote ? attributeQuote(sentence.quote, book.cues) : "self";
  return { tokens, speaker, idioms };
}
