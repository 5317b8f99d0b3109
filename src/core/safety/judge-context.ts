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
/** Words before "pas" that make it a step ("un pas en avant"). */
const stepBefore = new Set([
  "un",
  "le",
  "ce",
  "mon",
  "du",
  "premier",
  "petit",
  "grand",
  "chaque",
  "quelques",
  "des",
]);
const possessives = new Set(["my", "mon", "ma", "mes"]);
const trailingPlusEnds = new Set([",", "|", "depuis", "jamais", "du", "maintenant", "aujourd", "et", "mais"]);
const othersPossessives = new Set(["her", "his", "their", "your", "son", "sa", "ses", "leur", "ton", "ta"]);
const clauseBreaks = new Set([",", "|", "and", "but", "so", "et", "mais", "donc", "car"]);
/** Words inside a match that name someone else as the one it happens to ("kill himself", "ses jours"). */
const othersInside = new Set([
  "himself",
  "herself",
  "themselves",
  "his",
  "her",
  "their",
  "ses",
  "sa",
  "son",
  "leur",
  "leurs",
]);
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
  if (isResolvedPast(span, cues)) return "resolved-past";
  if (rule.signal === "crisis" && !rule.anyone && isSomeoneElse(span, cues)) return "someone-else";
  if (rule.signal === "coercion" && isNotAPartner(span, cues)) return "not-a-partner";
  if (rule.partnerActs && isWriterActing(span)) return "not-a-partner";
  if (!rule.anyone && isMediaFramed(span, cues)) return "media-or-news";
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
  // "no one would come to my funeral": "no one" is who acts, not a denial of the words.
  if (word === "no" && (next === "one" || next === "body")) return false;
  if (next === "really" || next === "even" || next === "quite") next = tokens[i + 2] ?? "";
  // "never stop me": a hedge verb with the writer as its object is denied, not hedged.
  if (locale === "en") return !cues.hedgeVerbs.has(next) || tokens[tokens.indexOf(next, i) + 1] === "me";
  // French: "je sais pas", "pas sûre" hedge; "de plus en plus", "plus que", "si jamais" are not denials.
  if (cues.hedgeVerbs.has(previous) || cues.hedgeVerbs.has(next)) return false;
  if (word === "plus" && (previous === "de" || previous === "en" || next === "en" || next === "que"))
    return false;
  if (word === "jamais" && (previous === "que" || previous === "si")) return false;
  // "un pas en avant": a step, not a denial.
  if (word === "pas" && stepBefore.has(previous)) return false;
  // "sans arrêt", "sans cesse": constantly, not a denial.
  if (word === "sans" && (next === "arret" || next === "cesse" || next === "fin" || next === "doute"))
    return false;
  return true;
}

/**
 * "If he ever…", "si jamais…": a possibility, not something that happened. A "jamais" that closes a
 * "ne" ("si je ne me réveille jamais") is a negation, not "ever".
 */
export function isHypothetical(span: MatchSpan, cues: ContextCues): boolean {
  const { tokens, start, end } = span;
  for (let i = start - 1; i >= 0; i--) {
    const word = tokens[i] as string;
    if (word === sentenceEnd || word === ",") break;
    if (cues.hypothetical.ifWords.has(word)) {
      for (let j = i + 1; j < end; j++) {
        if (!cues.hypothetical.everWords.has(tokens[j] as string)) continue;
        if (tokens.slice(Math.max(i + 1, j - 3), j).includes("ne")) continue;
        return true;
      }
    }
  }
  return false;
}

/**
 * The sentence tells of a crisis that is clearly over: a time long past, a word of it being over,
 * and no word of it coming back ("I used to cut, and I'm proud it's behind me"; but "I used to cut
 * and it's back" keeps the signal). O(length of the sentence × phrases).
 */
export function isResolvedPast({ tokens }: MatchSpan, cues: ContextCues): boolean {
  const text = ` ${tokens.join(" ")} `;
  const has = (list: readonly string[]) => list.some((phrase) => text.includes(` ${phrase} `));
  const { past, resolved, recurring } = cues.resolvedPast;
  return has(past) && has(resolved) && !has(recurring);
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
  // A general infinitive the writer looked up is about the writer ("j'ai cherché combien de temps il
  // faut pour se vider de son sang"), whatever its reflexive words.
  const reflexive = tokens[start] === "se" ? start : tokens[start - 1] === "se" ? start - 1 : -1;
  if (reflexive >= 0 && isGeneralInfinitive(tokens, reflexive, cues)) return false;
  // "kill himself", "mettre fin à ses jours": the words name someone else.
  for (let i = start; i < end; i++) if (othersInside.has(tokens[i] as string)) return true;
  // "se tuer", "se suicider" open a match about someone else ("que tout s'arrête" does not).
  if (tokens[start] === "se") return true;
  for (let i = start - 1; i >= 0; i--) {
    const word = tokens[i] as string;
    // A possessive ("my balcony") names a thing of the writer, not who acts.
    if (possessives.has(word)) continue;
    if (cues.firstPerson.has(word)) return false;
    // A thing is what the words are about only when it stands just before them ("my phone is dying");
    // further back it is a setting ("I sat in the car with the engine running in the garage").
    if (cues.things.has(word)) {
      const between = tokens.slice(i + 1, start);
      if (i >= start - thingReach && !between.some((w) => settingWords.has(w))) return true;
      continue;
    }
    if (cues.otherPerson.has(word)) {
      if (word === "il" && cues.impersonalAfterIl.has(tokens[i + 1] ?? "")) continue;
      return true;
    }
  }
  return false;
}

/** How many words before a match a thing may stand and still be what it is about ("my phone is dying"). */
export const thingReach = 3;
/** Words that make a thing the setting rather than the subject ("in the car with the engine running"). */
const settingWords = new Set([
  "with",
  "in",
  "at",
  "into",
  "from",
  "near",
  "by",
  "avec",
  "dans",
  "sur",
  "pres",
]);
/** Words before a French infinitive that make it general ("comment se", "il faut pour se"). */
const generalInfinitiveBefore = new Set(["pour", "comment", "faut", "facon", "moyen", "facile", "vite"]);

/**
 * "comment se …", "combien de temps il faut pour se …": a general infinitive in a sentence whose only
 * person is the writer (an impersonal "il" aside), so the words are about the writer's own search.
 */
function isGeneralInfinitive(tokens: readonly string[], start: number, cues: ContextCues): boolean {
  if (!generalInfinitiveBefore.has(tokens[start - 1] ?? "") && tokens[start - 2] !== "de") return false;
  let writer = false;
  for (let i = start - 1; i >= 0; i--) {
    const word = tokens[i] as string;
    if (word === "il" && cues.impersonalAfterIl.has(tokens[i + 1] ?? "")) continue;
    if (cues.firstPerson.has(word)) writer = true;
    else if (cues.otherPerson.has(word) && word !== "on") return false;
  }
  return writer;
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
    // "her ex", "son mari", "my neighbour's husband": someone else's partner.
    const before = tokens[i - 1] ?? "";
    if (othersPossessives.has(before) || (cues.otherPerson.has(before) && !cues.partner.has(before)))
      return true;
    // "le mari de ma collègue": someone else's partner, named after.
    if (tokens[i + 1] === "de" || tokens[i + 1] === "du") {
      const owner = possessives.has(tokens[i + 2] ?? "") ? tokens[i + 3] : tokens[i + 2];
      if (cues.otherPerson.has(owner ?? "") && !cues.partner.has(owner ?? "")) return true;
    }
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

/** Auxiliaries of a passive ("I was hit"): the writer is then the one acted on. */
const passiveStarts = new Set(["was", "were", "got", "been", "being", "get", "am", "is"]);
/** Words that may stand between a subject and its verb ("he always", "I then"). */
const betweenSubjectAndVerb = new Set([
  "always",
  "often",
  "sometimes",
  "never",
  "just",
  "also",
  "then",
  "still",
  "even",
  "really",
  "again",
  "once",
  "would",
  "will",
  "did",
  "do",
  "does",
  "have",
  "has",
  "had",
  "can",
  "could",
  "might",
  "should",
  "am",
  "was",
  "finally",
  "accidentally",
  "actually",
  "kind",
  "of",
  "sort",
]);

/**
 * The writer is the subject of the act ("I turned off my location", "I hit my head"), so no partner
 * did it to them. Looks back over adverbs and auxiliaries to the first subject of the clause; a
 * passive ("I was hit") names the writer as the one acted on, not the one acting.
 */
export function isWriterActing({ tokens, start }: MatchSpan): boolean {
  if (passiveStarts.has(tokens[start] as string)) return false;
  for (let i = start - 1; i >= 0 && i >= start - 4; i--) {
    const word = tokens[i] as string;
    if (clauseBreaks.has(word)) return false;
    if (word === "i" || word === "we" || word === "je" || word === "nous") return true;
    if (!betweenSubjectAndVerb.has(word)) return false;
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

/** Words that tell a self-injury was meant, whatever was touched. */
const deliberateWords = new Set([
  "purpose",
  "deliberately",
  "intentionally",
  "until",
  "till",
  "punish",
  "punishment",
  "deserved",
  "expres",
  "volontairement",
  "jusque",
  "punir",
  "punis",
  "merite",
]);

/** Tools of self-injury: "cut myself with a blade" is not an accident, "with the tin lid" is. */
const selfInjuryTools = new Set([
  "lame",
  "lames",
  "rasoir",
  "couteau",
  "cutter",
  "briquet",
  "cigarette",
  "compas",
  "ciseaux",
  "clope",
  "clopes",
  "cigarettes",
  "allumette",
  "allumettes",
  "epingle",
  "aiguille",
  "blade",
  "cigarette",
  "cig",
  "match",
  "matches",
  "pin",
  "needle",
  "compass",
  "sharpener",
  "blades",
  "razor",
  "knife",
  "lighter",
  "scissors",
]);

/**
 * An accident word near a self-injury ("cut myself chopping onions", "me suis coupée en épluchant"),
 * something touched right after it ("burned myself on the oven", "coupée sur le couvercle"), or in
 * French a gerund ("en faisant la vaisselle") or an object other than a tool ("avec la soupe").
 */
export function isAccident(span: MatchSpan, cues: ContextCues): boolean {
  const { tokens, start, end } = span;
  // "burnt my forearm on the oven rack on purpose", "cogné la tête contre le carrelage jusqu'à ce que
  // ça se taise": a word of intent or of repetition until an effect makes it no slip-up.
  if (tokens.some((word) => deliberateWords.has(word))) return false;
  const from = Math.max(0, start - accidentWindow.before);
  const to = Math.min(tokens.length, end + accidentWindow.after);
  for (let i = from; i < to; i++) {
    const word = tokens[i] as string;
    if (cues.accident.has(word)) return true;
    if (i >= end && word === "en" && /[a-z]{2,}ant$/.test(tokens[i + 1] ?? "")) return true;
  }
  // "burned myself on the oven tray": something was touched, unless it was "on purpose" or the body
  // ("on my arm").
  if (tokens[end] === "on" && tokens[end + 1] !== "purpose" && !namesBody(tokens, end + 1)) return true;
  for (let i = end; i < Math.min(tokens.length, end + 3); i++) {
    const word = tokens[i] as string;
    // "coupée sur le couvercle" is an accident; "gravé sur la cuisse" names the body, not a thing.
    if (word === "sur" || word === "contre") return !namesBody(tokens, i + 1);
    if (word === "avec") {
      const tool = [1, 2, 3].some((k) => selfInjuryTools.has(tokens[i + k] ?? ""));
      return !tool;
    }
  }
  return false;
}

/** Parts of the body a self-injury is told on ("sur la cuisse", "on my arm"). */
const bodyWords = new Set([
  "bras",
  "poignet",
  "poignets",
  "cuisse",
  "cuisses",
  "jambe",
  "jambes",
  "peau",
  "ventre",
  "hanche",
  "hanches",
  "poitrine",
  "arm",
  "arms",
  "wrist",
  "wrists",
  "thigh",
  "thighs",
  "leg",
  "legs",
  "skin",
  "stomach",
  "hip",
  "hips",
  "chest",
]);

/** A body part within the next three words, after an article or a possessive. */
function namesBody(tokens: readonly string[], from: number): boolean {
  for (let i = from; i < Math.min(tokens.length, from + 3); i++)
    if (bodyWords.has(tokens[i] as string)) return true;
  return false;
}
