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
const copulas = new Set(["is", "was", "are", "were"]);
const possessives = new Set(["my", "mon", "ma", "mes"]);
const trailingPlusEnds = new Set([",", "|", "depuis", "jamais", "du", "maintenant", "aujourd", "et", "mais"]);
const othersPossessives = new Set(["her", "his", "their", "your", "son", "sa", "ses", "leur", "ton", "ta"]);
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
 * starts a new clause ("no one knows I want to die" keeps the signal). A denial may also follow:
 * "killing myself is not an option", and in French "il me frappe pas".
 */
export function isNegated(span: MatchSpan, cues: ContextCues, locale: Locale): boolean {
  const { tokens, start, end } = span;
  for (let i = start - 1, seen = 0; i >= 0 && seen < negationReach; i--, seen++) {
    const word = tokens[i] as string;
    // "never, ever": the comma only stresses the denial.
    if (word === "," && tokens[i + 1] === "ever" && cues.negations.has(tokens[i - 1] ?? "")) return true;
    if (cues.negationStops.has(word) || word === "i" || word === "je") break;
    if (isNegationAt(tokens, i, cues, locale)) return true;
  }
  // "Killing myself is not something I'd do": the words are the subject of a denial.
  if (
    locale === "en" &&
    copulas.has(tokens[end] ?? "") &&
    (tokens[end + 1] === "not" || tokens[end + 1] === "never")
  ) {
    return true;
  }
  if (locale === "fr") {
    for (let i = end; i < Math.min(tokens.length, end + frenchTrailingNegation); i++) {
      const word = tokens[i] as string;
      if (cues.negationStops.has(word)) break;
      // A trailing "plus" denies only at the end of the clause ("il me frappe plus"); before an
      // adjective it compares ("serait plus simple").
      if (word === "plus" && !trailingPlusEnds.has(tokens[i + 1] ?? "|")) continue;
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
 * The words are about someone or something else: the nearest person before the match is another
 * person ("my friend says she wants to die") or a thing ("my phone is dying"), unless the match
 * itself names the writer ("kill myself"). With no one named, a diary sentence is the writer's own
 * ("Want to die.").
 */
export function isSomeoneElse(span: MatchSpan, cues: ContextCues): boolean {
  const { tokens, start, end } = span;
  for (let i = start; i < end; i++) if (cues.explicitSelf.has(tokens[i] as string)) return false;
  for (let i = start - 1; i >= 0; i--) {
    const word = tokens[i] as string;
    // A possessive ("my balcony") names a thing of the writer, not who acts.
    if (possessives.has(word)) continue;
    if (cues.firstPerson.has(word)) return false;
    if (cues.things.has(word)) return true;
    if (cues.otherPerson.has(word)) {
      if (word === "il" && cues.impersonalAfterIl.has(tokens[i + 1] ?? "")) continue;
      return true;
    }
  }
  return false;
}

/**
 * The one in control is not a partner: a parent, a boss, a doctor, or a circumstance such as a visa
 * is named before the match in its clause ("my mum won't let me go out"), or a circumstance comes
 * after it when the rule names no one ("I'm not allowed to work until my visa comes"). A partner
 * named outside the match, or as its first words, keeps the signal.
 */
export function isNotAPartner(span: MatchSpan, cues: ContextCues): boolean {
  const { tokens, start, end } = span;
  for (let i = 0; i < tokens.length; i++) {
    const outside = i < start || i >= end;
    if (!cues.partner.has(tokens[i] as string) || !(outside || i <= start + 1)) continue;
    // "her ex", "son mari": someone else's partner.
    if (othersPossessives.has(tokens[i - 1] ?? "")) return true;
    return false;
  }
  for (let i = start - 1; i >= 0; i--) {
    const word = tokens[i] as string;
    if (clauseBreaks.has(word)) break;
    if (cues.notPartner.has(word)) return true;
  }
  if (!agentsAtStart.has(tokens[start] as string) && !agentBefore(span)) {
    for (let i = end; i < tokens.length; i++) if (cues.circumstances.has(tokens[i] as string)) return true;
  }
  return false;
}

/** The one acting is named just before the match ("he won't let me go to the doctor alone"). */
function agentBefore({ tokens, start }: MatchSpan): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const word = tokens[i] as string;
    if (clauseBreaks.has(word)) return false;
    if (agentsAtStart.has(word) && word !== "my" && word !== "mon" && word !== "ma") return true;
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
  // "burned myself on the oven tray": something was touched, unless it was "on purpose".
  return tokens[end] === "on" && tokens[end + 1] !== "purpose";
}
