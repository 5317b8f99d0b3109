import type { Locale } from "../locale";
import { type ContextCues, contextCues } from "./context-cues";
import { englishCoercionDeeds } from "./evidence/english-coercion-deeds";
import { englishCoercionEvidence } from "./evidence/english-coercion-evidence";
import { englishCrisisActs } from "./evidence/english-crisis-acts";
import { englishCrisisDeeds } from "./evidence/english-crisis-deeds";
import { englishCrisisEvidence } from "./evidence/english-crisis-evidence";
import { frenchCoercionDeeds } from "./evidence/french-coercion-deeds";
import { frenchCoercionEvidence } from "./evidence/french-coercion-evidence";
import { frenchCrisisActs } from "./evidence/french-crisis-acts";
import { frenchCrisisDeeds } from "./evidence/french-crisis-deeds";
import { frenchCrisisEvidence } from "./evidence/french-crisis-evidence";
import { englishCoercionRules } from "./rules/english-coercion-rules";
import { englishCrisisRules } from "./rules/english-crisis-rules";
import { frenchCoercionRules } from "./rules/french-coercion-rules";
import { frenchCrisisRules } from "./rules/french-crisis-rules";
import { fuzzyKeywords } from "./rules/fuzzy-keywords";
import { englishIdioms, frenchIdioms } from "./rules/idiom-rules";
import { englishPartnerQuoteRules, frenchPartnerQuoteRules } from "./rules/partner-quote-rules";
import { buildSpellingLexicon, type SpellingLexicon } from "./spelling-lexicon";
import type { IdiomRule, SignalRule } from "./types";

/** A rule ready to run: its regular expression compiled to match whole words only. */
export interface CompiledRule<R> {
  rule: R;
  regex: RegExp;
  /** For a co-occurrence rule, the second pattern. */
  together?: RegExp;
}

/** Everything one language needs to read a sentence. */
export interface RuleBook {
  locale: Locale;
  writerRules: CompiledRule<SignalRule>[];
  partnerQuoteRules: CompiledRule<SignalRule>[];
  idioms: CompiledRule<IdiomRule>[];
  cues: ContextCues;
  lexicon: SpellingLexicon;
}

/** Every rule of every language, for review and tests. */
export const allSignalRules: readonly SignalRule[] = [
  ...englishCrisisRules,
  ...englishCoercionRules,
  ...englishPartnerQuoteRules,
  ...frenchCrisisRules,
  ...frenchCoercionRules,
  ...frenchPartnerQuoteRules,
];
/** Every idiom of every language. */
export const allIdiomRules: readonly IdiomRule[] = [...englishIdioms, ...frenchIdioms];

/**
 * Compiles a pattern to match whole words of a sentence written as " word word , word | ". The
 * expression is sticky: it is tried only where a word starts (a dozen places in a sentence rather
 * than every character), which is most of the detector's speed.
 */
export function compilePattern(pattern: string): RegExp {
  return new RegExp(`(?:${pattern})(?= )`, "y");
}

/** Every family of evidence words of every language, for review and tests. */
export const allEvidence: readonly SignalRule[] = [
  ...englishCrisisEvidence,
  ...englishCrisisActs,
  ...englishCrisisDeeds,
  ...englishCoercionEvidence,
  ...englishCoercionDeeds,
  ...frenchCrisisEvidence,
  ...frenchCrisisActs,
  ...frenchCrisisDeeds,
  ...frenchCoercionEvidence,
  ...frenchCoercionDeeds,
];

const sources = {
  en: {
    writer: [
      ...englishCrisisRules,
      ...englishCoercionRules,
      ...englishCrisisEvidence,
      ...englishCrisisActs,
      ...englishCrisisDeeds,
      ...englishCoercionEvidence,
      ...englishCoercionDeeds,
    ],
    quoted: englishPartnerQuoteRules,
    idioms: englishIdioms,
  },
  fr: {
    writer: [
      ...frenchCrisisRules,
      ...frenchCoercionRules,
      ...frenchCrisisEvidence,
      ...frenchCrisisActs,
      ...frenchCrisisDeeds,
      ...frenchCoercionEvidence,
      ...frenchCoercionDeeds,
    ],
    quoted: frenchPartnerQuoteRules,
    idioms: frenchIdioms,
  },
} satisfies Record<Locale, { writer: SignalRule[]; quoted: SignalRule[]; idioms: IdiomRule[] }>;

const books = new Map<Locale, RuleBook>();

/**
 * The compiled rules, idioms, context words and spelling lexicon of a language, built on first use
 * and shared afterwards (they hold no user data). The lexicon is made of the words the rules and
 * the context lists are written with, so every such word tolerates a slip of the keyboard.
 */
export function ruleBook(locale: Locale): RuleBook {
  const cached = books.get(locale);
  if (cached) return cached;
  const { writer, quoted, idioms } = sources[locale];
  const cues = contextCues(locale);
  const cueWords = Object.values(cues).flatMap((value) =>
    value instanceof Set
      ? [...value]
      : typeof value === "object" && value
        ? Object.values(value).flatMap((s) => [...(s as Set<string>)])
        : [],
  );
  const book: RuleBook = {
    locale,
    writerRules: writer.map((rule) => ({
      rule,
      regex: compilePattern(rule.pattern),
      ...(rule.together ? { together: compilePattern(rule.together) } : {}),
    })),
    partnerQuoteRules: quoted.map((rule) => ({ rule, regex: compilePattern(rule.pattern) })),
    idioms: idioms.map((rule) => ({ rule, regex: compilePattern(rule.pattern) })),
    cues,
    lexicon: buildSpellingLexicon(
      [
        ...writer.flatMap((r) => [r.pattern, r.together ?? ""]),
        ...quoted.map((r) => r.pattern),
        ...idioms.map((r) => r.pattern),
        ...cueWords,
      ],
      fuzzyKeywords(locale),
    ),
  };
  books.set(locale, book);
  return book;
}
