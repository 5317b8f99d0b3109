import { buildPrefixIndex, type PrefixIndex } from "./prefix-index";
import type { RuleBook } from "./rule-book";

/** The prefix indexes of one rule book: its idioms, and the rules read after idioms are masked. */
export interface RuleBookIndex {
  idioms: PrefixIndex;
  rules: PrefixIndex;
}

const indexes = new WeakMap<RuleBook, RuleBookIndex>();

/**
 * The prefix indexes of a rule book (see `buildPrefixIndex`), built on first use and shared: the
 * writer rules with their second patterns and the partner-quote rules in one, the idioms (read
 * before masking, on another text) in the other. O(size of the patterns) once.
 */
export function ruleBookIndex(book: RuleBook): RuleBookIndex {
  const cached = indexes.get(book);
  if (cached) return cached;
  const index: RuleBookIndex = {
    idioms: buildPrefixIndex(book.idioms.map((c) => c.regex)),
    rules: buildPrefixIndex(
      [...book.writerRules, ...book.partnerQuoteRules].flatMap((c) =>
        c.together ? [c.regex, c.together] : [c.regex],
      ),
    ),
  };
  indexes.set(book, index);
  return index;
}
