import type { LocalizedText } from "../locale";

/**
 * What an item file states about one statement; the graded-response parameters are derived from it
 * by `provisionalParameters`, so the rule below is the single source of the bank's numbers.
 */
export interface ItemContent {
  /** Stable id that never changes meaning, e.g. "rel-01". */
  id: string;
  facet: string;
  reverse: boolean;
  /**
   * How strong the statement is in the keyed direction, judged when writing it: 1 = most people
   * would agree (easy to endorse), 3 = typical, 5 = only people high on the trait would agree. For a
   * reverse-keyed item, "endorsing" means disagreeing with the statement.
   */
  intensity: 1 | 2 | 3 | 4 | 5;
  text: LocalizedText;
}

/**
 * Facets closest to their scale's definition (for Reliance and Distance, the two that published
 * attachment inventories find most discriminating: worry about losing the bond, and unease with
 * closeness). Their items get a slightly higher provisional discrimination.
 */
export const coreFacets: ReadonlySet<string> = new Set([
  "fear-of-abandonment",
  "reassurance-seeking",
  "discomfort-with-closeness",
  "self-regulation",
  "expressing-needs",
]);

/** Constants of the provisional rule (see docs/psychometrics.md, "Provisional parameters"). */
export const provisionalRule = {
  /** Discrimination of a typical, positively keyed item (logistic metric, no 1.702). */
  baseDiscrimination: 1.7,
  /** Added for items of a core facet. */
  coreBonus: 0.25,
  /** Subtracted for reverse-keyed items, which usually discriminate a little less. */
  reversePenalty: 0.3,
  /** Total width of the deterministic per-item spread of a (uniform, centred). */
  discriminationSpread: 0.3,
  /** Location shift per intensity step away from 3. */
  locationStep: 0.45,
  /** Total width of the deterministic per-item spread of the location. */
  locationSpread: 0.2,
  /** Thresholds relative to the item's location, for the four steps of a 5-point agreement scale. */
  thresholdOffsets: [-1.8, -0.6, 0.55, 1.7] as const,
  /** Total width of the deterministic per-item stretch of the offsets (1 ± half of it). */
  offsetStretch: 0.1,
} as const;

/**
 * A deterministic number in [0, 1) from a string (FNV-1a, 32 bits), so an item's provisional
 * parameters depend only on its own id and never on its position in the bank. O(length).
 */
export function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 4294967296;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * Provisional graded-response parameters for one item, from its facet, keying and written intensity:
 *
 *   a   = 1.70 + 0.25·[core facet] − 0.30·[reverse-keyed] + 0.30·(u₁ − ½)
 *   loc = 0.45·(intensity − 3) + 0.20·(u₂ − ½)
 *   b_k = loc + s·o_k,  o = (−1.80, −0.60, 0.55, 1.70),  s = 1 + 0.10·(u₃ − ½)
 *   d_k = −a·b_k      (so P(X ≥ k | θ) = logistic(a·θ + d_{k−1}))
 *
 * where u₁, u₂, u₃ are `unitHash` of the id with suffixes ":a", ":loc", ":spread". a is rounded to
 * 2 decimals, d to 3. Thresholds stay within [−2.9, 2.9]; a within [1.25, 2.1].
 * Reference: Samejima (1969) for the model; docs/psychometrics.md for why these ranges are realistic.
 * Complexity O(1). Example: an intensity-3, positively keyed item of a non-core facet has a ≈ 1.7
 * and thresholds near (−1.8, −0.6, 0.55, 1.7).
 */
export function provisionalParameters(item: Pick<ItemContent, "id" | "facet" | "reverse" | "intensity">): {
  a: number;
  d: number[];
} {
  const rule = provisionalRule;
  const a = round(
    rule.baseDiscrimination +
      (coreFacets.has(item.facet) ? rule.coreBonus : 0) -
      (item.reverse ? rule.reversePenalty : 0) +
      rule.discriminationSpread * (unitHash(`${item.id}:a`) - 0.5),
    2,
  );
  const location =
    rule.locationStep * (item.intensity - 3) + rule.locationSpread * (unitHash(`${item.id}:loc`) - 0.5);
  const stretch = 1 + rule.offsetStretch * (unitHash(`${item.id}:spread`) - 0.5);
  const d = rule.thresholdOffsets.map((offset) => round(-a * (location + stretch * offset), 3));
  return { a, d };
}
