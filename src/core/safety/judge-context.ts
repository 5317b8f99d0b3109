import type { Locale } from "../locale";
import type { ContextCues } from "./context-cues";
import type { SetAsideReason, SignalRule } from "./types";

/** A rule's match inside one sentence, as token positions [start, end). */
export interface MatchSpan {
  tokens: readonly string[];
  start: number;
  end: number;
}

/** How many words back a negation still reaches ("I would never really want to die"). */
export const negationReach = 5;
/** How many words after a French match a postponed negation may stand ("il me frappe pas"). */
export const frenchTrailingNegation = 2;
/** The window around a self-injury in which an accident word makes it an accident. */
export const accidentWindow = { before: 4, after: 6 };

const sentenceEnd = "|";
/** French words that deny a verb from after it ("il me frappe pas"); "sans" or "non" do not. */
const frenchTrailingNegations = new Set(["pas", "jamais", "plus", "rien"]);
const clauseBreaks = new Set([",", "|", "and", "but", "so", "et", "mais", "donc", "car"]);
const agentsAtStart = new Set(["he", "she", "they", "my", "il", "elle", "mon", "ma"]);

/**
 * Reads a match in its sentence and says why it should be set aside, or null to keep it. The checks
 * run in a fixed order (negation, possibility, someone else, not a partner, media, accident) so the
 * reason reported is stable.
 *
 * Complexity: O(length of the sentence).
 */
export function judgeContext(
  rule: SignalRule,
  span: MatchSpan,
  cues: ContextCues,
  locale: Locale,
): SetAsideReason | null {
  if (!rule.negationInside && isNegated(span, cues, locale)) return "negation";
  if (isHypothetical(span, cues)) return "hypothetical";
  if (rule.signal === "crisis" && isSomeoneElse(span, cues)) return "someone-else";
  if (rule.signal === "coercion" && isNotAPartner(span, cues)) return "not-a-partner";
  if (isMediaFramed(span, cues)) return "media-or-news";
  if (rule.accidentCheck && isAccident(span, cues)) return "accident";
  return null;
}

/**
 * A negation before the match, within reach and in the same clause ("I would never hurt myself"),
 * unless it only hedges a verb of knowing ("I don't know why I want to die"). A first-person subject
 * starts a new clause ("no one knows I want to die" keeps the signal). French negation may also
 * follow the verb ("il me frappe pas").
 */
export function isNegated(span: MatchSpan, cues: ContextCues, locale: Locale): boolean {
  const { tokens, start, end } = span;
  for (let i = start - 1, seen = 0; i >= 0 && seen < negationReach; i--, seen++) {
    const word = tokens[i] as string;
    if (cues.negationStops.has(word) || word === "i" || word === "je") break;
    if (isNegationAt(tokens, i, cues, locale)) return true;
  }
  if (locale === "fr") {
    for (let i = end; i < Math.min(tokens.length, end + frenchTrailingNegation); i++) {
      const word = tokens[i] as string;
      if (cues.negationStops.has(word)) break;
      if (frenchTrailingNegations.has(word) && isNegationAt(tokens, i, cues, locale)) return true;
    }
  }
  return false;
}

function isNegationAt(tokens: readonly string[], i: number, cues: ContextCues, locale: Locale): boolean {
  const word = tokens[i] as string;
  if (!cues.negations.has(word)) return false;
  const previous = tokens[i - 1] ?? "";
  let next = tokens[i + 1] ?? "";
  if (next === "really" || next === "even" || next === "quite") next = tokens[i + 2] ?? "";
  if (locale === "en") return !cues.hedgeVerbs.has(next);
  // French: "je sais pas", "pas sûre" hedge; "de plus en plus", "plus que", "si jamais" are not denials.
  if (cues.hedgeVerbs.has(previous) || cues.hedgeVerbs.has(next)) return false;
  if (word === "plus" && (previous === "de" || next === "en" || next === "que")) return false;
  if (word === "jamais" && (previous === "que" || previous === "si")) return false;
  return true;
}

/** "If he ever…", "si jamais…": a possibility, not something that happened. */
export function isHypothetical(span: MatchSpan, cues: ContextCues): boolean {
  const { tokens, start, end } = span;
  for (let i = start - 1; i >= 0; i--) {
    const word = tokens[i] as string;
    if (word === sentenceEnd || word === ",") break;
    if (cues.hypothetical.ifWords.has(word)) {
      for (let j = i + 1; j < end; j++) if (cues.hypothetical.everWords.has(tokens[j] as string)) return true;
    }
  }
  return false;
}

/**
 * The words are about someone else: the nearest person before the match is another person ("my
 * friend says she wants to die"), unless the match itself names the writer ("kill myself"). With
 * no person named, a diary sentence is the writer's own ("Want to die.").
 */
export function isSomeoneElse(span: MatchSpan, cues: ContextCues): boolean {
  const { tokens, start, end } = span;
  for (let i = start; i < end; i++) if (cues.explicitSelf.has(tokens[i] as string)) return false;
  for (let i = start - 1; i >= 0; i--) {
    const word = tokens[i] as string;
    if (cues.firstPerson.has(word)) return false;
    if (cues.otherPerson.has(word)) {
      if (word === "il" && cues.impersonalAfterIl.has(tokens[i + 1] ?? "")) continue;
      return true;
    }
  }
  return false;
}

/**
 * The one in control is not a partner: a parent, a boss, a doctor, or a circumstance such as a visa
 * is named before the match in its clause ("my mum won't let me go out"), or anywhere after it when
 * the rule names no one ("I'm not allowed to work until my visa comes"). A partner named outside
 * the match, or as its first words, keeps the signal.
 */
export function isNotAPartner(span: MatchSpan, cues: ContextCues): boolean {
  const { tokens, start, end } = span;
  for (let i = 0; i < tokens.length; i++) {
    const outside = i < start || i >= end;
    if (cues.partner.has(tokens[i] as string) && (outside || i <= start + 1)) return false;
  }
  for (let i = start - 1; i >= 0; i--) {
    const word = tokens[i] as string;
    if (clauseBreaks.has(word)) break;
    if (cues.notPartner.has(word)) return true;
  }
  if (!agentsAtStart.has(tokens[start] as string)) {
    for (let i = end; i < tokens.length; i++) if (cues.notPartner.has(tokens[i] as string)) return true;
  }
  return false;
}

/** A song, a film, an article frames the words, in the same clause before them. */
export function isMediaFramed(span: MatchSpan, cues: ContextCues): boolean {
  const { tokens, start } = span;
  for (let i = start - 1; i >= 0; i--) {
    const word = tokens[i] as string;
    if (clauseBreaks.has(word)) break;
    if (cues.media.has(word)) return true;
  }
  return false;
}

/** An accident word near a self-injury ("cut myself chopping onions", "me suis coupée en cuisinant"). */
export function isAccident(span: MatchSpan, cues: ContextCues): boolean {
  const { tokens, start, end } = span;
  const from = Math.max(0, start - accidentWindow.before);
  const to = Math.min(tokens.length, end + accidentWindow.after);
  for (let i = from; i < to; i++) if (cues.accident.has(tokens[i] as string)) return true;
  return false;
}
