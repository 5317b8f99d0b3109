import {
  type AfterEffect,
  afterEffects,
  type CompanyId,
  checkinRanges,
  companyIds,
  type StrategyId,
  strategyIds,
  type TriggerId,
  triggerIds,
} from "../../../core/patterns/checkin";
import { feelingIds } from "../../../core/patterns/feelings";
import type { CheckIn, CheckInInput } from "../../api/types";

/** The check-in form's state: null means "not answered", so untouched optional parts are never sent. */
export interface CheckInDraft {
  mood: number | null;
  energy: number | null;
  feelings: string[];
  company: CompanyId[];
  reassuranceCount: number | null;
  reassuranceFelt: AfterEffect | null;
  decisionsAlone: number | null;
  decisionsAfterApproval: number | null;
  comfortAlone: number | null;
  /** "none": the person said nothing threw them off, which is an answer but nothing to send. */
  trigger: TriggerId | "none" | null;
  /** What the person tried; "none" when they tried nothing in particular. */
  strategy: StrategyId | "none" | null;
  /** How what they tried left them; needed once a strategy is chosen. */
  effect: AfterEffect | null;
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
  strategy: null,
  effect: null,
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
    strategy: checkIn.helped?.strategy ?? null,
    effect: checkIn.helped?.effect ?? null,
    note: checkIn.note ?? "",
  };
}

/** What is still missing before the draft can be saved: field path -> which problem. */
export type DraftProblem = "mood-missing" | "effect-missing";

export function draftProblems(draft: CheckInDraft): Record<string, DraftProblem> {
  const problems: Record<string, DraftProblem> = {};
  if (draft.mood === null) problems.mood = "mood-missing";
  if (draft.strategy !== null && draft.strategy !== "none" && draft.effect === null) {
    problems["helped.effect"] = "effect-missing";
  }
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
  if (draft.strategy !== null && draft.strategy !== "none" && draft.effect !== null) {
    input.helped = { strategy: draft.strategy, effect: draft.effect };
  }
  if (draft.note.trim()) input.note = draft.note;
  return input;
}

const oneOf = <T>(list: readonly T[], value: unknown, extra: unknown[] = [null]): boolean =>
  list.includes(value as T) || extra.includes(value);
const wholeIn = (range: { min: number; max: number }, value: unknown) =>
  value === null ||
  (Number.isInteger(value) && (value as number) >= range.min && (value as number) <= range.max);
const allOf = (list: readonly string[], value: unknown) =>
  Array.isArray(value) && value.every((v) => list.includes(v));

/**
 * True when a value read back from storage is a draft this version of the form understands: every id
 * from the core's lists, every number in the core's ranges. A draft kept by an older version (other ids
 * or another shape) is dropped rather than sent to be refused.
 */
export function isCheckInDraft(value: unknown): value is CheckInDraft {
  if (typeof value !== "object" || value === null) return false;
  const d = value as Record<string, unknown>;
  return (
    wholeIn(checkinRanges.mood, d.mood) &&
    wholeIn(checkinRanges.energy, d.energy) &&
    allOf(feelingIds, d.feelings) &&
    allOf(companyIds, d.company) &&
    wholeIn(checkinRanges.reassuranceCount, d.reassuranceCount) &&
    oneOf(afterEffects, d.reassuranceFelt) &&
    wholeIn(checkinRanges.decisions, d.decisionsAlone) &&
    wholeIn(checkinRanges.decisions, d.decisionsAfterApproval) &&
    wholeIn(checkinRanges.comfortAlone, d.comfortAlone) &&
    oneOf(triggerIds, d.trigger, [null, "none"]) &&
    oneOf(strategyIds, d.strategy, [null, "none"]) &&
    oneOf(afterEffects, d.effect) &&
    typeof d.note === "string"
  );
}
