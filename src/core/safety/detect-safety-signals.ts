import type { Locale } from "../locale";
import { detectLanguage } from "./detect-language";
import { judgeContext } from "./judge-context";
import { spans, tokenStarts } from "./match-spans";
import { normalizeText } from "./normalize-text";
import { candidateStarts, type StartsOf } from "./prefix-index";
import { prepareSentence } from "./prepare-sentence";
import { readNeighbours, type WholeText, wholeText } from "./read-whole-text";
import { type CompiledRule, type RuleBook, ruleBook } from "./rule-book";
import { ruleBookIndex } from "./rule-book-index";
import { coreWeight, scoreEvidence, signalThreshold, type WeighedEvidence } from "./score-evidence";
import { type Sentence, splitSentences } from "./split-sentences";
import {
  type SafetyDetection,
  type SafetySignal,
  type SetAsideReason,
  type SignalEvidence,
  type SignalRule,
  safetySignals,
} from "./types";
import { pairProbabilities } from "./word-model/joint-tables";
import { sentenceParts } from "./word-model/sentence-features";
import type { WordModel } from "./word-model/train-word-model";
import { overrulingProbability, wordModel, wordModelWeight } from "./word-model/word-models";

/**
 * What the detector reads with besides its rules: the word model of each language and signal, and
 * how a probability becomes a weight. The defaults are the committed ones; validation passes others
 * (a model trained without the round it is tested on, another weighing).
 */
export interface DetectorParts {
  wordModel: (locale: Locale, signal: SafetySignal) => WordModel;
  wordModelWeight: (probability: number, signal: SafetySignal, locale: Locale) => number;
}

const committedParts: DetectorParts = { wordModel, wordModelWeight };

/** Evidence accepted in one sentence, per signal, each id once; and the word model's probabilities. */
interface SentenceEvidence {
  found: Record<SafetySignal, Map<string, number>>;
  words: Record<SafetySignal, number>;
}

/**
 * Looks for signs of crisis (suicidal thoughts, self-harm) and of a controlling or abusive
 * relationship in a free text, in English or French, with a small transparent scoring model.
 *
 * Steps: normalise (case, accents, apostrophes, stretched letters); cut into sentences of expanded
 * words, lifting quotations out; read misspelt key words as themselves; mask idioms ("dying to see
 * her", "je meurs de rire"); find the evidence: reviewed phrase rules (rules/*.ts), each enough on its
 * own, and broad families of words with a weight (evidence/*.ts); set a match aside when its context
 * says so (negation, possibility, someone else, not a partner, a film or the news, an accident, a
 * resolved past, a quotation of someone else); sum the weights accepted in each sentence
 * (score-evidence.ts). A signal is raised when one sentence reaches its threshold. With no locale, the
 * language is detected; when undecided, both languages are read.
 *
 * Nothing of the text is kept in the result: only ids, weights and reasons. Deterministic; O(n) in the
 * length of the text times the number of rules and families (about 150 regular expressions).
 *
 * Example: `detectSafetySignals("I don't want to live anymore").signals` is `["crisis"]`;
 * `detectSafetySignals("this project is killing me").signals` is `[]`.
 */
export function detectSafetySignals(text: string, locale?: Locale): SafetyDetection {
  return detectSafetySignalsWith(committedParts, text, locale);
}

/**
 * `detectSafetySignals` with another word model or weighing, for validation and tuning only (the
 * product always uses the committed parts). Same steps, same result shape.
 */
export function detectSafetySignalsWith(
  parts: DetectorParts,
  text: string,
  locale?: Locale,
): SafetyDetection {
  const sentences = splitSentences(normalizeText(text));
  const language = locale ?? detectLanguage(allTokens(sentences));
  const checked: Locale[] = locale ? [locale] : language ? [language] : ["en", "fr"];

  const detection: SafetyDetection = {
    signals: [],
    language,
    checked,
    matches: [],
    setAside: [],
    idioms: [],
    evidence: [],
  };
  const heaviest = new Map<SafetySignal, SignalEvidence>();
  for (const lang of checked) {
    const book = ruleBook(lang);
    const whole = wholeText();
    for (const sentence of sentences) {
      const { found, words } = readSentence(sentence, book, detection, parts, whole);
      for (const signal of safetySignals) {
        if (found[signal].size === 0) continue;
        const list: WeighedEvidence[] = [];
        for (const [id, weight] of found[signal]) list.push({ id, weight });
        const score = scoreEvidence(list);
        const threshold = signalThreshold[signal];
        if (score >= threshold) {
          for (const { id, weight } of list) if (weight > 0) detection.matches.push({ rule: id, signal });
        }
        const best = heaviest.get(signal);
        const wordModel = Math.round(words[signal] * 1000) / 1000;
        if (!best || score > best.score)
          heaviest.set(signal, { signal, score, threshold, found: list, wordModel });
      }
    }
    readNeighbours(whole, book.locale, parts, detection);
  }
  const raised = new Set<SafetySignal>(detection.matches.map((m) => m.signal));
  detection.signals = safetySignals.filter((signal) => raised.has(signal));
  for (const signal of safetySignals) {
    const evidence = heaviest.get(signal);
    if (evidence) detection.evidence.push(evidence);
  }
  return detection;
}

/** Every token of every sentence, in order (a loop: flatMap is several times slower here). O(tokens). */
function allTokens(sentences: readonly Sentence[]): string[] {
  const tokens: string[] = [];
  for (const sentence of sentences) for (const token of sentence.tokens) tokens.push(token);
  return tokens;
}

function readSentence(
  sentence: Sentence,
  book: RuleBook,
  detection: SafetyDetection,
  parts: DetectorParts,
  whole: WholeText,
): SentenceEvidence {
  const found: SentenceEvidence["found"] = { crisis: new Map(), coercion: new Map() };
  const words: SentenceEvidence["words"] = { crisis: 0, coercion: 0 };
  // A context judgement of the reviewed layer ("not", "my friend", "if he ever", "we agreed") silences
  // the word model for a signal whose core evidence (a phrase rule or a family of weight 2 or more)
  // was set aside here. A supporting word set aside ("I don't want to come down") says too little
  // about the sentence to silence it. The judgements that read a word or two near the match
  // (`overrulable`) give way when the model is all but sure (`overrulingProbability`); the others
  // (a hypothesis, a resolved past, counter-evidence) always hold.
  const judged = new Set<SafetySignal>();
  const firm = new Set<SafetySignal>();
  const judge = (signal: SafetySignal, reason: SetAsideReason | "counter") => {
    judged.add(signal);
    if (!overrulable.has(reason)) firm.add(signal);
  };
  const setAside = (rule: SignalRule, reason: SetAsideReason) => {
    detection.setAside.push({ rule: rule.id, reason });
    if (weightOf(rule) >= coreWeight) judge(rule.signal, reason);
  };
  const accept = (rule: SignalRule) => {
    if (!found[rule.signal].has(rule.id)) found[rule.signal].set(rule.id, weightOf(rule));
  };
  const { tokens, speaker, idioms } = prepareSentence(sentence, book);
  detection.idioms.push(...idioms);
  const text = ` ${tokens.join(" ")} `;
  const starts = tokenStarts(tokens);
  const startsOf = candidateStarts(ruleBookIndex(book).rules, text, starts);

  for (const compiled of book.writerRules) {
    const rule = compiled.rule;
    const candidates = startsOf(compiled.regex);
    // Most rules cannot start at any word of an everyday sentence: nothing to try.
    if (candidates?.length === 0) continue;
    if (compiled.together) {
      const before = detection.setAside.length;
      if (readTogether(compiled, tokens, text, starts, startsOf, speaker, book, detection)) accept(rule);
      // Every note reads every co-occurrence rule: walk the new set-asides in place, no copy.
      for (let i = before; i < detection.setAside.length; i++) {
        judge(rule.signal, (detection.setAside[i] as SafetyDetection["setAside"][number]).reason);
      }
      continue;
    }
    for (const span of spans(compiled, text, starts, candidates)) {
      // Counter-evidence ("we agreed", "each other") counts wherever it stands.
      if ((rule.weight ?? 1) < 0) {
        accept(rule);
        judge(rule.signal, "counter");
        break;
      }
      if (speaker !== "self") {
        setAside(rule, "quoted");
        break;
      }
      const reason = judgeContext(rule, { tokens, ...span }, book.cues, book.locale);
      if (reason) setAside(rule, reason);
      else {
        accept(rule);
        break;
      }
    }
  }
  // The word model reads the writer's own words (not someone else's quotation) as a whole, and adds
  // a weight like any other evidence: enough alone when it is confident. A sentence naming a film, a
  // book or the news counts only when the model is all but sure ("read about ways to hang myself all
  // night"), and is left out of the reading across neighbouring sentences.
  const media = tokens.some((token) => book.cues.media.has(token));
  if (speaker === "self") {
    const { words: features, grams } = sentenceParts(tokens, sentence.quote !== null);
    if (!media) whole.add(features, grams, found);
    // Both signals' models in one pass over the features (the same sums as one model at a time).
    const both = pairProbabilities(
      parts.wordModel(book.locale, "crisis"),
      parts.wordModel(book.locale, "coercion"),
      features,
      grams,
    );
    for (const [index, signal] of safetySignals.entries()) {
      const probability = both[index] as number;
      words[signal] = probability;
      const weight = parts.wordModelWeight(probability, signal, book.locale);
      if (weight === 0) continue;
      if (firm.has(signal)) continue;
      if ((judged.has(signal) || media) && probability < overrulingProbability) continue;
      found[signal].set(`${book.locale}.${signal}.word-model`, weight);
    }
  }
  if (speaker === "partner") {
    for (const compiled of book.partnerQuoteRules) {
      const candidates = startsOf(compiled.regex);
      if (candidates?.length === 0) continue;
      for (const span of spans(compiled, text, starts, candidates)) {
        const reason = judgeContext(compiled.rule, { tokens, ...span }, book.cues, book.locale);
        if (reason === "negation") detection.setAside.push({ rule: compiled.rule.id, reason });
        else {
          accept(compiled.rule);
          break;
        }
      }
    }
  }
  for (const signal of judged) whole.judged.add(signal);
  return { found, words };
}

/**
 * The context judgements a word model that is all but sure overrules (see readSentence): each reads
 * a word or two near the match ("pas", "elle", "avec", "my dad"), and on leave-one-round-out they had
 * silenced more sentences the model read rightly than they saved. A hypothesis ("if he ever"), a
 * resolved past and counter-evidence ("we agreed") stay firm: overruling them gained at most two
 * sentences there, and "If he ever hit me I would leave." then raised coercion.
 */
const overrulable = new Set<SetAsideReason | "counter">([
  "negation",
  "someone-else",
  "accident",
  "not-a-partner",
]);

/** A phrase rule weighs the whole threshold of its signal; a family of words, its own weight. */
function weightOf(rule: SignalRule): number {
  return rule.weight ?? signalThreshold[rule.signal];
}

/** Default largest gap, in words, between the two matches of a co-occurrence rule. */
export const defaultWithin = 12;

/**
 * A co-occurrence rule holds when a match of each pattern stands in the sentence, no further apart
 * than `within` words, and each passes its own context check (a negated wish, a film, another person
 * set it aside just as for a phrase rule).
 */
function readTogether(
  compiled: CompiledRule<SignalRule>,
  tokens: string[],
  text: string,
  starts: number[],
  startsOf: StartsOf,
  speaker: string,
  book: RuleBook,
  detection: SafetyDetection,
): boolean {
  const together = compiled.together as RegExp;
  if (startsOf(together)?.length === 0) return false;
  const first = [...spans(compiled, text, starts, startsOf(compiled.regex))];
  if (first.length === 0) return false;
  const second = [...spans({ rule: compiled.rule, regex: together }, text, starts, startsOf(together))];
  if (second.length === 0) return false;
  if (speaker !== "self") {
    detection.setAside.push({ rule: compiled.rule.id, reason: "quoted" });
    return false;
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
      if (!found) return true;
      reason ??= found;
    }
  }
  if (reason) detection.setAside.push({ rule: compiled.rule.id, reason });
  return false;
}
