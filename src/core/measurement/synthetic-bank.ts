import type { ScaleId } from "../inventory/types";
import { normalDraw, type RandomSource } from "../random";
import type { AssessmentItem } from "./assessment-state";

export interface SyntheticBankSpec {
  /** Facets per scale with their item counts, e.g. { reliance: { reassurance: 4, ... } }. */
  facets: Partial<Record<ScaleId, Record<string, number>>>;
  /** Discriminations are drawn uniformly from this range. */
  discrimination: [number, number];
  /** SD of each item's location around 0. */
  locationSd: number;
  /** Offsets of the thresholds around an item's location (increasing), e.g. [−1.8, −0.6, 0.5, 1.7]. */
  thresholdOffsets: number[];
  /** Share of reverse-keyed items. */
  reverseShare: number;
}

/**
 * A seeded bank of graded-response items shaped like an inventory, for tests, simulations and benchmarks
 * (never product content: the shipped items live in src/core/inventory). Ids are "<scale>-<n>".
 * Complexity O(items).
 */
export function syntheticBank(spec: SyntheticBankSpec, random: RandomSource): AssessmentItem[] {
  const items: AssessmentItem[] = [];
  for (const [scale, facets] of Object.entries(spec.facets) as [ScaleId, Record<string, number>][]) {
    let n = 0;
    for (const [facet, count] of Object.entries(facets)) {
      for (let i = 0; i < count; i++) {
        const [low, high] = spec.discrimination;
        const a = low + (high - low) * random.next();
        const location = spec.locationSd * normalDraw(random);
        const d = spec.thresholdOffsets.map((offset) => -a * (location + offset));
        items.push({ id: `${scale}-${++n}`, scale, facet, reverse: random.next() < spec.reverseShare, a, d });
      }
    }
  }
  return items;
}
