import type { Locale } from "../locale";
import { attributeQuote } from "./attribute-quote";
import { detectLanguage } from "./detect-language";
import { judgeContext } from "./judge-context";
import { normalizeText } from "./normalize-text";
import { type CompiledRule, type RuleBook, ruleBook } from "./rule-book";
import { canonicalWord } from "./spelling-lexicon";
import { type Sentence, splitSentences } from "./split-sentences";
import { type SafetyDetection, type SafetySignal, type SignalRule, safetySignals } from "./types";

/** The token that replaces each word of a masked idiom. */
export const idiomMask = "_i_";

/**
 * Looks for signs of crisis (suicidal thoughts, self-harm) and of a controlling or abusive
 * relationship in a free text, in English or French, with transparent rules (rules/*.ts).
 *
 * Steps: normalise (case, accents, apostrophes, stretched letters); cut into sentences of expanded
 * words, lifting quotations out; read misspelt key words as themselves; mask idioms ("dying to see
 * her", "je meurs de rire"); run the rules; set a match aside when its context says so (negation,
 * possibility, someone else, not a partner, a film or the news, an accident, a quotation of someone
 * else). With no locale, the language is detected; when undecided, both rule sets run.
 *
 * Nothing of the text is kept in the result: only rule ids and reasons. Deterministic; O(n) in the
 * length of the text times the number of rules (about a hundred regular expressions).
 *
 * Example: `detectSafetySignals("I don't want to live anymore").signals` is `["crisis"]`;
 * `detectSafetySignals("this project is killing me").signals` is `[]`.
 */
export function detectSafetySignals(text: string, locale?: Locale): SafetyDetection {
  const sentences = splitSentences(normalizeText(text));
  const language = locale ?? detectLanguage(sentences.flatMap((s) => s.tokens));
  const checked: Locale[] = locale ? [locale] : language ? [language] : ["en", "fr"];

  const detection: SafetyDetection = {
    signals: [],
    language,
    checked,
    matches: [],
    setAside: [],
    idioms: [],
  };
  for (const lang of checked) {
    const book = ruleBook(lang);
    for (const sentence of sentences) readSentence(sentence, book, detection);
  }
  const found = new Set<SafetySignal>(detection.matches.map((m) => m.signal));
  detection.signals = safetySignals.filter((signal) => found.has(signal));
  return detection;
}

function readSentence(sentence: Sentence, book: RuleBook, detection: SafetyDetection): void {
  const tokens = sentence.tokens.map((token) => canonicalWord(token, book.lexicon));
  maskIdioms(tokens, book, detection);
  const speaker = sentence.quote ? attributeQuote(sentence.quote, book.cues) : "self";
  const text = ` ${tokens.join(" ")} `;
  const starts = tokenStarts(tokens);

  for (const compiled of book.writerRules) {
    if (compiled.together) {
      readTogether(compiled, tokens, text, starts, speaker, book, detection);
      continue;
    }
    for (const span of spans(compiled, text, starts)) {
      if (speaker !== "self") {
        detection.setAside.push({ rule: compiled.rule.id, reason: "quoted" });
        break;
      }
      const reason = judgeContext(compiled.rule, { tokens, ...span }, book.cues, book.locale);
      if (reason) detection.setAside.push({ rule: compiled.rule.id, reason });
      else {
        accept(compiled.rule, detection);
        break;
      }
    }
  }
  if (speaker === "partner") {
    for (const compiled of book.partnerQuoteRules) {
      for (const span of spans(compiled, text, starts)) {
        const reason = judgeContext(compiled.rule, { tokens, ...span }, book.cues, book.locale);
        if (reason === "negation") detection.setAside.push({ rule: compiled.rule.id, reason });
        else {
          accept(compiled.rule, detection);
          break;
        }
      }
    }
  }
}

/** Default largest gap, in words, between the two matches of a co-occurrence rule. */
export const defaultWithin = 12;

/**
 * A co-occurrence rule fires when a match of each pattern stands in the sentence, no further apart
 * than `within` words, and each passes its own context check (a negated wish, a film, another person
 * set it aside just as for a phrase rule).
 */
function readTogether(
  compiled: CompiledRule<SignalRule>,
  tokens: string[],
  text: string,
  starts: number[],
  speaker: string,
  book: RuleBook,
  detection: SafetyDetection,
): void {
  const first = [...spans(compiled, text, starts)];
  if (first.length === 0) return;
  const second = [...spans({ rule: compiled.rule, regex: compiled.together as RegExp }, text, starts)];
  if (second.length === 0) return;
  if (speaker !== "self") {
    detection.setAside.push({ rule: compiled.rule.id, reason: "quoted" });
    return;
  }
  const within = compiled.rule.within ?? defaultWithin;
  let reason: ReturnType<typeof judgeContext> = null;
  for (const a of first) {
    const reasonA = judgeContext(compiled.rule, { tokens, ...a }, book.cues, book.locale);
    for (const b of second) {
      const apart = a.start < b.start ? b.start - a.end : a.start - b.end;
      if (b.start < a.end && a.start < b.end) continue;
      if (apart > within) continue;
      const found = reasonA ?? judgeContext(compiled.rule, { tokens, ...b }, book.cues, book.locale);
      if (!found) {
        accept(compiled.rule, detection);
        return;
      }
      reason ??= found;
    }
  }
  if (reason) detection.setAside.push({ rule: compiled.rule.id, reason });
}

function accept(rule: SignalRule, detection: SafetyDetection): void {
  detection.matches.push({ rule: rule.id, signal: rule.signal });
}

/** Replaces every word of each idiom found with the mask, keeping positions unchanged. */
function maskIdioms(tokens: string[], book: RuleBook, detection: SafetyDetection): void {
  for (const compiled of book.idioms) {
    const text = ` ${tokens.join(" ")} `;
    const starts = tokenStarts(tokens);
    const found = [...spans(compiled, text, starts)];
    if (found.length === 0) continue;
    detection.idioms.push(compiled.rule.id);
    for (const { start, end } of found) tokens.fill(idiomMask, start, end);
  }
}

/** Character offset (in " a b c ") at which each token starts. */
function tokenStarts(tokens: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 1;
  for (const token of tokens) {
    starts.push(at);
    at += token.length + 1;
  }
  return starts;
}

/**
 * Each match of a compiled (sticky) rule as token positions [start, end), trying the rule at each
 * word start in turn; matches do not overlap.
 */
function* spans<R>(
  compiled: CompiledRule<R>,
  text: string,
  starts: readonly number[],
): Generator<{ start: number; end: number }> {
  const regex = compiled.regex;
  for (let start = 0; start < starts.length; start++) {
    regex.lastIndex = starts[start] as number;
    const match = regex.exec(text);
    if (!match || match[0].length === 0) continue;
    const to = (starts[start] as number) + match[0].length;
    let end = start;
    while (end < starts.length && (starts[end] as number) < to) end++;
    yield { start, end };
    start = end - 1;
  }
}
