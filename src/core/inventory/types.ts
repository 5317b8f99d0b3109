import type { LocalizedText } from "../locale";

/** The four unipolar scales of the Balance Inventory (PRODUCT.md section 2). */
export type ScaleId = "reliance" | "distance" | "self-trust" | "connection";

export interface Facet {
  /** Stable kebab-case id, unique across the inventory, e.g. "reassurance-seeking". */
  id: string;
  scale: ScaleId;
  name: LocalizedText;
  /** What the facet looks like in daily life, in plain words. */
  description: LocalizedText;
}

export interface Scale {
  id: ScaleId;
  name: LocalizedText;
  description: LocalizedText;
  facets: Facet[];
}

/**
 * One statement rated on a 5-point agreement scale. Raw answers are 1..5 (strongly disagree ..
 * strongly agree); scoring works on keyed categories 0..4, reversed for reverse-keyed items, so the
 * graded-response parameters always describe the keyed direction (a > 0).
 */
export interface InventoryItem {
  /** Stable id that never changes meaning, e.g. "rel-01". */
  id: string;
  scale: ScaleId;
  facet: string;
  reverse: boolean;
  /** Provisional discrimination (graded response model, logistic metric, no 1.702). */
  a: number;
  /** Provisional intercepts d1 > d2 > d3 > d4: P(X >= k | theta) = logistic(a*theta + d[k-1]). */
  d: number[];
  text: LocalizedText;
}

export interface Inventory {
  scales: Scale[];
  items: InventoryItem[];
  /** True until the parameters come from a calibration on real responses. */
  provisional: boolean;
}
