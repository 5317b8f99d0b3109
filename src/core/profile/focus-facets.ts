import { keyedCategory } from "../inventory/index";
import type { Inventory, ScaleId } from "../inventory/types";
import type { ScaleScore } from "../measurement/scale-score";
import type { ProfileAnswer } from "./types";

/** Theta units one keyed category point of facet-level deviation is worth in the ranking. */
export const FACET_DEVIATION_WEIGHT = 0.5;
/** How many focus facets a profile names. */
export const FOCUS_COUNT = 3;
/** At most this many from one scale, so a plan can mix easing a pull with building a strength. */
export const MAX_FOCUS_PER_SCALE = 2;
/** From this need on, the focus is worded as marked rather than mild. */
export const MARKED_NEED = 0.5;

/** Reliance and Distance are pulls to ease; Self-trust and Connection are capacities to build. */
export const directionOf: Record<ScaleId, "ease" | "build"> = {
  reliance: "ease",
  distance: "ease",
  "self-trust": "build",
  connection: "build",
};

export interface FacetNeed {
  facet: string;
  scale: ScaleId;
  direction: "ease" | "build";
  need: number;
  evidence: "answers" | "scale";
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * How much each facet is worth working on, every facet of the bank in bank order:
 *
 *   need = z_scale + 0.5 · (m_facet − m_scale) · sign
 *
 * where z_scale is theta for Reliance and Distance and −theta for Self-trust and Connection (a high
 * pull or a low strength both raise the need), m_facet and m_scale are the mean keyed answers (0..4)
 * over the answered items of the facet and of its whole scale, and sign is +1 for pulls, −1 for
 * strengths. A facet without answered items gets its scale's z alone (evidence "scale").
 * O(items + answers). Example: with no answers, every Reliance facet's need equals theta(Reliance).
 */
export function facetNeeds(
  scores: Readonly<Record<ScaleId, Pick<ScaleScore, "theta">>>,
  answers: readonly ProfileAnswer[] | undefined,
  bank: Pick<Inventory, "scales" | "items">,
): FacetNeed[] {
  const itemsById = new Map(bank.items.map((item) => [item.id, item]));
  const latest = new Map<string, number>();
  for (const answer of answers ?? []) {
    const item = itemsById.get(answer.itemId);
    if (item === undefined)
      throw new Error(`facetNeeds requires answers to known items, got ${answer.itemId}`);
    if (!Number.isInteger(answer.value) || answer.value < 1 || answer.value > 5) {
      throw new Error(`facetNeeds requires answers from 1 to 5, got ${answer.value} for ${answer.itemId}`);
    }
    latest.set(answer.itemId, keyedCategory(item, answer.value));
  }
  const byFacet = new Map<string, number[]>();
  const byScale = new Map<ScaleId, number[]>();
  for (const [itemId, category] of latest) {
    const item = itemsById.get(itemId)!;
    byFacet.set(item.facet, [...(byFacet.get(item.facet) ?? []), category]);
    byScale.set(item.scale, [...(byScale.get(item.scale) ?? []), category]);
  }

  return bank.scales.flatMap((scale) => {
    const direction = directionOf[scale.id];
    const sign = direction === "ease" ? 1 : -1;
    const z = sign * scores[scale.id].theta;
    return scale.facets.map((facet): FacetNeed => {
      const facetAnswers = byFacet.get(facet.id);
      const scaleAnswers = byScale.get(scale.id);
      if (facetAnswers === undefined || scaleAnswers === undefined) {
        return { facet: facet.id, scale: scale.id, direction, need: z, evidence: "scale" };
      }
      const deviation = mean(facetAnswers) - mean(scaleAnswers);
      return {
        facet: facet.id,
        scale: scale.id,
        direction,
        need: z + FACET_DEVIATION_WEIGHT * sign * deviation,
        evidence: "answers",
      };
    });
  });
}

/**
 * The facets most worth working on: highest need first, at most `maxPerScale` from one scale, ties
 * kept in bank order. O(f log f) for f facets. Example: `chooseFocusFacets(needs).length` is 3.
 */
export function chooseFocusFacets(
  needs: readonly FacetNeed[],
  count: number = FOCUS_COUNT,
  maxPerScale: number = MAX_FOCUS_PER_SCALE,
): FacetNeed[] {
  const ranked = needs
    .map((need, index) => ({ need, index }))
    .sort((x, y) => y.need.need - x.need.need || x.index - y.index);
  const chosen: FacetNeed[] = [];
  const perScale = new Map<ScaleId, number>();
  for (const { need } of ranked) {
    if (chosen.length === count) break;
    const used = perScale.get(need.scale) ?? 0;
    if (used >= maxPerScale) continue;
    perScale.set(need.scale, used + 1);
    chosen.push(need);
  }
  return chosen;
}
