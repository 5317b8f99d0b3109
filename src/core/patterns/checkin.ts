/**
 * The daily check-in as the core understands it (PRODUCT.md section 3). The server stores the same
 * fields under the same names; everything but `date` and `mood` is optional, and a missing field
 * means "not noted that day", never zero. Absent and null mean the same (the API returns null for a
 * field not noted), and fields the core does not know (createdAt, ...) are ignored.
 */

/** Who the day was spent with; several may apply. */
export const companyIds = ["alone", "partner", "family", "friends", "colleagues", "others"] as const;
export type CompanyId = (typeof companyIds)[number];

/** What set the day off balance, when something did. */
export const triggerIds = [
  "no-reply",
  "conflict",
  "alone",
  "criticism",
  "partner-plans",
  "decision-pressure",
  "other",
] as const;
export type TriggerId = (typeof triggerIds)[number];

/** What the person tried when it happened. */
export const strategyIds = ["pause-breathe", "name-feeling", "write", "talk", "move", "wait"] as const;
export type StrategyId = (typeof strategyIds)[number];

/** How the person felt afterwards, compared with before. */
export const afterEffects = ["better", "same", "worse"] as const;
export type AfterEffect = (typeof afterEffects)[number];

/** Inclusive integer ranges of the numeric fields. */
export const checkinRanges = {
  mood: { min: -3, max: 3 },
  energy: { min: 1, max: 5 },
  comfortAlone: { min: 1, max: 5 },
  reassuranceCount: { min: 0, max: 20 },
  decisions: { min: 0, max: 20 },
} as const;

export interface Checkin {
  /** The calendar day, "YYYY-MM-DD". At most one check-in per date. */
  date: string;
  /** Pleasant (3) to unpleasant (-3), 0 neutral. */
  mood: number;
  /** 1 (drained) to 5 (full of energy). */
  energy?: number | null;
  /** Feeling ids from `feelings` (see feelings.ts). */
  feelings?: string[] | null;
  company?: CompanyId[] | null;
  /** How many times reassurance was sought, and how it felt afterwards. */
  reassurance?: { count: number; feltAfter?: AfterEffect | null } | null;
  /** Decisions made on one's own versus only after someone's approval. */
  decisions?: { alone: number; afterApproval: number } | null;
  /** 1 (very uneasy) to 5 (at ease) with time spent alone. */
  comfortAlone?: number | null;
  trigger?: TriggerId | null;
  helped?: { strategy: StrategyId; effect: AfterEffect } | null;
  /** Private free text; the analytics never read it. */
  note?: string | null;
}
