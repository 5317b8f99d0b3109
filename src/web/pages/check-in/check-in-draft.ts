import type { CheckIn, CheckInInput, Company, Effect, Feeling, Strategy, Trigger } from "../../api/types";

/** The check-in form's state: null means "not answered", so untouched optional parts are never sent. */
export interface CheckInDraft {
  mood: number | null;
  energy: number | null;
  feelings: Feeling[];
  company: Company[];
  reassuranceCount: number | null;
  reassuranceFelt: Effect | null;
  decisionsAlone: number | null;
  decisionsAfterApproval: number | null;
  comfortAlone: number | null;
  trigger: Trigger | "none" | null;
  /** What helped, in the order chosen; the effect stays null until the person says how it worked. */
  helped: { strategy: Strategy; effect: Effect | null }[];
  note: string;
}

export const emptyDraft: CheckInDraft = {
  mood: null,
  energy: null,
  feelings: [],
  company: [],
  reassuranceCount: null,
  reassuranceFelt: null,
  decisionsAlone: null,
  decisionsAfterApproval: null,
  comfortAlone: null,
  trigger: null,
  helped: [],
  note: "",
};

/** Fills the form from a saved check-in. */
export function draftFromCheckIn(checkIn: CheckIn | null | undefined): CheckInDraft {
  if (!checkIn) return emptyDraft;
  return {
    mood: checkIn.mood,
    energy: checkIn.energy ?? null,
    feelings: checkIn.feelings ?? [],
    company: checkIn.company ?? [],
    reassuranceCount: checkIn.reassurance?.count ?? null,
    reassuranceFelt: checkIn.reassurance?.feltAfter ?? null,
    decisionsAlone: checkIn.decisions?.alone ?? null,
    decisionsAfterApproval: checkIn.decisions?.afterApproval ?? null,
    comfortAlone: checkIn.comfortAlone ?? null,
    trigger: checkIn.trigger ?? null,
    helped: (checkIn.helped ?? []).map((h) => ({ strategy: h.strategy, effect: h.effect })),
    note: checkIn.note ?? "",
  };
}

/** What is still missing before the draft can be saved: field path -> which problem. */
export type DraftProblem = "mood-missing" | "effect-missing";

export function draftProblems(draft: CheckInDraft): Record<string, DraftProblem> {
  const problems: Record<string, DraftProblem> = {};
  if (draft.mood === null) problems.mood = "mood-missing";
  for (const h of draft.helped) if (h.effect === null) problems[`helped.${h.strategy}`] = "effect-missing";
  return problems;
}

/**
 * The body of PUT /api/checkins/{date}: only the parts the person answered. A reassurance or decision
 * count the person never touched is left out rather than sent as a made-up zero. Returns null while a
 * required answer is missing (the mood, or the effect of something that was tried).
 */
export function checkInFromDraft(draft: CheckInDraft): CheckInInput | null {
  if (draft.mood === null || Object.keys(draftProblems(draft)).length > 0) return null;
  const input: CheckInInput = { mood: draft.mood };
  if (draft.energy !== null) input.energy = draft.energy;
  if (draft.feelings.length > 0) input.feelings = draft.feelings;
  if (draft.company.length > 0) input.company = draft.company;
  if (draft.reassuranceCount !== null || draft.reassuranceFelt !== null) {
    input.reassurance = { count: draft.reassuranceCount ?? 0 };
    if (draft.reassuranceFelt !== null) input.reassurance.feltAfter = draft.reassuranceFelt;
  }
  if (draft.decisionsAlone !== null || draft.decisionsAfterApproval !== null) {
    input.decisions = { alone: draft.decisionsAlone ?? 0, afterApproval: draft.decisionsAfterApproval ?? 0 };
  }
  if (draft.comfortAlone !== null) input.comfortAlone = draft.comfortAlone;
  if (draft.trigger !== null && draft.trigger !== "none") input.trigger = draft.trigger;
  if (draft.helped.length > 0) {
    input.helped = draft.helped.map((h) => ({ strategy: h.strategy, effect: h.effect as Effect }));
  }
  if (draft.note.trim()) input.note = draft.note;
  return input;
}
