import type { LocalizedText } from "../locale";

/** Longest a practice may take, in minutes: small enough to fit any day. */
export const MAX_PRACTICE_MINUTES = 10;

/**
 * One practice of the library: a small exercise tied to the Balance Inventory facets it works on
 * (PRODUCT.md sections 2 and 4). Texts are ours, in every shipped language.
 */
export interface Practice {
  /** Stable kebab-case id, stored with plans and completions. */
  id: string;
  /** Facet ids it works on, the main one first (easing a pull or building a capacity). */
  facets: string[];
  /** About how long it takes, at most MAX_PRACTICE_MINUTES. */
  minutes: number;
  title: LocalizedText;
  /** Why it helps, in two sentences at most. */
  why: LocalizedText;
  /** How to do it, step by step. */
  steps: LocalizedText[];
  /** A question to answer afterwards, for the optional reflection. */
  reflection: LocalizedText;
  /** For a graded ladder: its rungs, easiest first. */
  rungs?: LocalizedText[];
}
