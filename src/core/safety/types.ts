import type { Locale } from "../locale";

/** The two kinds of signal Poise looks for in free text. */
export const safetySignals = ["crisis", "coercion"] as const;
export type SafetySignal = (typeof safetySignals)[number];

/** Why a rule that matched was set aside (kept for review; the text itself is never kept). */
export type SetAsideReason =
  | "negation"
  | "hypothetical"
  | "someone-else"
  | "not-a-partner"
  | "media-or-news"
  | "quoted"
  | "accident"
  | "resolved-past";

/**
 * What `detectSafetySignals` found. It carries rule ids and reasons only: never the text, never a
 * fragment of it, so it can be logged or stored safely.
 */
export interface SafetyDetection {
  /** The signals found, in the order of `safetySignals`, each at most once. */
  signals: SafetySignal[];
  /** The locale given by the caller, or the one detected from the text (null when undecided). */
  language: Locale | null;
  /** The rule sets that were run. */
  checked: Locale[];
  /** Every rule that fired, in text order. */
  matches: { rule: string; signal: SafetySignal }[];
  /** Rules that matched the words but were set aside by context, and why. */
  setAside: { rule: string; reason: SetAsideReason }[];
  /** Idioms recognised and masked before matching ("dying to", "mourir de rire"). */
  idioms: string[];
  /**
   * For each signal, the sentence that weighed most: its score, the threshold, and the evidence
   * accepted in it (ids and weights). A signal is raised when a score reaches its threshold.
   */
  evidence: SignalEvidence[];
}

/** How much evidence for one signal the heaviest sentence of a text holds (ids and weights only). */
export interface SignalEvidence {
  signal: SafetySignal;
  /** Sum of the weights of the evidence accepted in that sentence. */
  score: number;
  /** The score at which the signal is raised. */
  threshold: number;
  /** Each piece of evidence accepted in that sentence, once per id, in the order found. */
  found: { id: string; weight: number }[];
  /** The word model's probability for that sentence (0 when it was not read: a quotation, the news). */
  wordModel: number;
}

/**
 * One reviewed rule: a regular expression over the normalised sentence (words separated by single
 * spaces, commas kept as "," and the end of a sentence as "|"), plus how context applies to it.
 */
export interface SignalRule {
  /** Stable id, e.g. "en.crisis.want-to-die". */
  id: string;
  signal: SafetySignal;
  locale: Locale;
  /** Regular expression source over normalised tokens; wrapped to match whole words only. */
  pattern: string;
  /** The rule's own words carry the negation ("don't want to live"), so a negation before is not checked. */
  negationInside?: boolean;
  /**
   * Supporting words that may stand next to someone else and still count ("everyone would be
   * relieved if I was gone"): the "someone else" check is skipped for them.
   */
  anyone?: boolean;
  /**
   * An act someone does to the writer: set aside when the writer is the one acting ("I turned off my
   * location", "I hit my head on the door").
   */
  partnerActs?: boolean;
  /** Slip-ups, not self-harm, are ruled out by nearby accident words ("cut myself chopping onions"). */
  accidentCheck?: boolean;
  /**
   * A second pattern that must also match in the same sentence, each match read in its own context:
   * a co-occurrence rule ("the thought of dying feels comforting": a death word and a despair word).
   */
  together?: string;
  /** For a co-occurrence rule, the largest gap in words between the two matches (default 12). */
  within?: number;
  /**
   * Points this evidence adds toward its signal (negative for counter-evidence). Absent for a phrase
   * rule: a reviewed phrasing is enough on its own, so it weighs the full threshold.
   */
  weight?: number;
  /** A sentence the rule must catch: documentation and a unit test at once. */
  example: string;
}

/** One idiom masked before matching: a figure of speech that borrows the words of a real signal. */
export interface IdiomRule {
  id: string;
  locale: Locale;
  pattern: string;
  example: string;
}
