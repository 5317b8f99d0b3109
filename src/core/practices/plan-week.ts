import { scales } from "../inventory/scales";
import { dayNumber, isCalendarDate } from "../patterns/calendar-date";
import { deriveSeed } from "../patterns/derive-seed";
import { createRandom } from "../random";
import { practiceById, practices } from "./library";
import type { Practice } from "./practice";

/** Practices in a weekly plan. */
export const PLAN_SIZE = 3;

/** Why a practice is in a plan: picked by the person, for a focus facet, to build on a strength, or to fill. */
export type PlanReason = "chosen" | "focus" | "strength" | "general";

/** A week's plan as stored: enough to apply the no-repeat rule and to show why each practice is there. */
export interface WeekPlan {
  /** The first day of the week, "YYYY-MM-DD" (Poise uses Mondays: see mondayOf). */
  weekStart: string;
  practiceIds: string[];
  /** One per practice, in the same order; facet is the facet it was picked for (null when general or chosen). */
  reasons: { practiceId: string; reason: PlanReason; facet: string | null }[];
  /** True when the person picked all of it themselves. */
  chosen: boolean;
}

export interface PlanWeekInput {
  /** Facet ids to work on, most important first (from the latest profile). */
  focusFacets: readonly string[];
  /** Strengths to build on, strongest first: scale ids ("self-trust", "connection") or facet ids. */
  strengths: readonly string[];
  /** Earlier plans, in any order; only the latest one before weekStart matters for the no-repeat rule. */
  previousPlans: readonly Pick<WeekPlan, "weekStart" | "practiceIds">[];
  /** Practice ids the person picked for this week (up to 3); the rest is filled by the rule. */
  chosen?: readonly string[];
  weekStart: string;
  seed: number;
}

const facetIds = new Set(scales.flatMap((scale) => scale.facets.map((facet) => facet.id)));
const facetsOfScale = new Map(
  scales.map((scale) => [scale.id as string, scale.facets.map((facet) => facet.id)]),
);

function requireKnown(condition: boolean, message: string): void {
  if (!condition) throw new Error(`planWeek requires ${message}`);
}

/** Facet ids behind a strength given as a scale id or a facet id. */
function strengthFacets(strength: string): string[] {
  return facetsOfScale.get(strength) ?? [strength];
}

interface Slot {
  reason: "focus" | "strength" | "general";
  /** The facets this slot may serve. */
  facets: string[];
}

/**
 * The slots still to fill once the person's own choices are placed, most important first: the first
 * focus facet, the strongest strength, then the other focus facets and strengths. A focus facet a
 * chosen practice already serves needs no slot. Returned in plan order (focus slots, then strength
 * slots); with too few sources the most important slot is served again by another practice.
 */
function slotsFor(
  focus: readonly string[],
  strengths: readonly string[],
  chosen: readonly Practice[],
): Slot[] {
  const open = PLAN_SIZE - chosen.length;
  const focusSlots: Slot[] = focus
    .filter((facet) => !chosen.some((practice) => practice.facets.includes(facet)))
    .map((facet) => ({ reason: "focus", facets: [facet] }));
  const strengthSlots: Slot[] = strengths.map((s) => ({ reason: "strength", facets: strengthFacets(s) }));
  const byImportance = [
    ...focusSlots.slice(0, 1),
    ...strengthSlots.slice(0, 1),
    ...focusSlots.slice(1),
    ...strengthSlots.slice(1),
  ].slice(0, open);
  const slots = [...byImportance].sort((a, b) => (a.reason === b.reason ? 0 : a.reason === "focus" ? -1 : 1));
  const again = byImportance[0] ?? { reason: "general", facets: [] };
  while (slots.length < open) slots.push(again);
  return slots;
}

/**
 * Candidates for a slot, best first: practices serving one of its facets, preferring those not in
 * last week's plan, then those for which the facet is the main one, ties broken by the seeded order.
 */
function rankCandidates(
  slot: Slot,
  lastWeek: ReadonlySet<string>,
  order: ReadonlyMap<string, number>,
): Practice[] {
  const score = (practice: Practice) => {
    const serves = slot.facets.some((facet) => practice.facets.includes(facet));
    if (slot.reason !== "general" && !serves) return null;
    const main = slot.facets.includes(practice.facets[0]!) ? 0 : 1;
    return [lastWeek.has(practice.id) ? 1 : 0, main, order.get(practice.id)!];
  };
  return practices
    .map((practice) => ({ practice, key: score(practice) }))
    .filter((entry): entry is { practice: Practice; key: number[] } => entry.key !== null)
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
      return 0;
    })
    .map((entry) => entry.practice);
}

/**
 * The week's three practices: those the person chose, then practices for the focus facets (two
 * slots, most important facet first), then one building on the strongest strength; with fewer open
 * slots the first focus facet and the strongest strength keep theirs; a slot with no source falls
 * back to the most important one again, or to any practice. Practices from last week's
 * plan are used only when nothing else serves a slot, and the exact same set as last week is never
 * returned unless the person chose all three. Deterministic for (seed, weekStart). O(P log P).
 *
 * Example: `planWeek({ focusFacets: ["reassurance-seeking"], strengths: ["self-trust"],
 * previousPlans: [], weekStart: "2024-06-03", seed: 1 }).practiceIds` has three ids.
 */
export function planWeek(input: PlanWeekInput): WeekPlan {
  const { focusFacets, strengths, previousPlans, weekStart, seed } = input;
  const chosen = input.chosen ?? [];
  requireKnown(isCalendarDate(weekStart), `weekStart as "YYYY-MM-DD", got ${String(weekStart)}`);
  requireKnown(Number.isInteger(seed), `an integer seed, got ${String(seed)}`);
  for (const facet of focusFacets) requireKnown(facetIds.has(facet), `known focus facets, got "${facet}"`);
  for (const strength of strengths) {
    requireKnown(facetsOfScale.has(strength) || facetIds.has(strength), `known strengths, got "${strength}"`);
  }
  requireKnown(chosen.length <= PLAN_SIZE, `at most ${PLAN_SIZE} chosen practices, got ${chosen.length}`);
  requireKnown(new Set(chosen).size === chosen.length, "chosen practices without repeats");
  for (const id of chosen)
    requireKnown(practiceById(id) !== undefined, `known chosen practices, got "${id}"`);

  const start = dayNumber(weekStart);
  const previous = previousPlans
    .filter((plan) => isCalendarDate(plan.weekStart) && dayNumber(plan.weekStart) < start)
    .sort((a, b) => dayNumber(b.weekStart) - dayNumber(a.weekStart))[0];
  const lastWeek = new Set(previous?.practiceIds ?? []);

  // A seeded order of the whole library, different each week, for ties.
  const random = createRandom(deriveSeed(seed, weekStart));
  const order = new Map(practices.map((p) => [p.id, random.next()]));

  const reasons: WeekPlan["reasons"] = chosen.map((id) => ({
    practiceId: id,
    reason: "chosen",
    facet: null,
  }));
  const slots = slotsFor(
    focusFacets,
    strengths,
    chosen.map((id) => practiceById(id)!),
  );
  const ranked = slots.map((slot) => rankCandidates(slot, lastWeek, order));
  const general = rankCandidates({ reason: "general", facets: [] }, lastWeek, order);
  const picks: Practice[] = [];
  slots.forEach((slot, i) => {
    const taken = new Set([...chosen, ...picks.map((p) => p.id)]);
    const pick = [...ranked[i]!, ...general].find((p) => !taken.has(p.id))!;
    picks.push(pick);
    const facet = slot.facets.find((f) => pick.facets.includes(f)) ?? null;
    reasons.push({ practiceId: pick.id, reason: facet === null ? "general" : slot.reason, facet });
  });

  const ids = reasons.map((r) => r.practiceId);
  const sameAsLastWeek = ids.length === lastWeek.size && ids.every((id) => lastWeek.has(id));
  if (sameAsLastWeek && picks.length > 0) {
    // Replace the last rule-picked practice with the next candidate for its slot (or any practice).
    const last = slots.length - 1;
    const replacement = [...ranked[last]!, ...general].find((p) => !ids.includes(p.id))!;
    const facet = slots[last]!.facets.find((f) => replacement.facets.includes(f)) ?? null;
    reasons[reasons.length - 1] = {
      practiceId: replacement.id,
      reason: facet === null ? "general" : slots[last]!.reason,
      facet,
    };
  }
  return {
    weekStart,
    practiceIds: reasons.map((r) => r.practiceId),
    reasons,
    chosen: chosen.length === PLAN_SIZE,
  };
}
