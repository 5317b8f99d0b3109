import type { InventoryItem, ScaleId } from "../inventory/types";
import type { NormalPrior } from "./estimate-eap";
import type { ScaleStopReason } from "./stop-rules";

export type AssessmentMode = "adaptive" | "full";

/** The parts of an inventory item an assessment needs; texts stay in the inventory. */
export type AssessmentItem = Pick<InventoryItem, "id" | "scale" | "facet" | "reverse" | "a" | "d">;

/** Settings of the adaptive check. Every field is plain JSON (null, never Infinity). */
export interface AssessmentOptions {
  /** A scale stops once its posterior SD reaches this (0.32 ≈ reliability 0.90 on the N(0, 1) metric). */
  seTarget: number;
  /** No scale stops on precision or on the no-improvement rule before this many of its items. */
  minItemsPerScale: number;
  /** Most items any one scale may use; null for no limit. */
  maxItemsPerScale: number | null;
  /** Most items in the whole check; null for no limit. */
  maxTotalItems: number | null;
  /** A scale stops when its best remaining item would lower its SE by less than this. */
  minSeImprovement: number;
  /** Randomesque exposure control: the next item is drawn from this many most informative ones. */
  randomesqueCount: number;
  /** Give each facet of a scale its turn before any facet is asked twice. */
  facetBalancing: boolean;
  /** Normal prior of every scale's theta. */
  prior: NormalPrior;
  /** Scoring grid. */
  grid: { nodes: number; min: number; max: number };
}

/**
 * Defaults of the adaptive check, chosen by simulation on the shipped bank (docs/benchmarks.md, section
 * "Adaptive testing and calibration"; reasoning in docs/design/cat-state-machine.md). With the provisional
 * parameters (mean discrimination 1.7) an SE of 0.32 on every scale takes about 41 of the 72 items, so the
 * 28-item maximum (39% of the bank) is what ends most checks; the SE target still ends a scale early
 * whenever it is reached, and that happens more often as calibrated, sharper items replace provisional ones.
 */
export const DEFAULT_ASSESSMENT_OPTIONS: Readonly<AssessmentOptions> = Object.freeze({
  seTarget: 0.32,
  minItemsPerScale: 3,
  maxItemsPerScale: null,
  maxTotalItems: 28,
  minSeImprovement: 0.01,
  randomesqueCount: 2,
  facetBalancing: true,
  prior: Object.freeze({ mean: 0, sd: 1 }),
  grid: Object.freeze({ nodes: 121, min: -6, max: 6 }),
});

export interface AssessmentAnswer {
  itemId: string;
  /** Raw answer as shown to the person, 1 .. 5. */
  value: number;
}

/** Where a scale stands: its running estimate, and why it stopped asking (null while it goes on). */
export interface ScaleProgress {
  scale: ScaleId;
  theta: number;
  se: number;
  answered: number;
  /** Items of this scale in the bank. */
  available: number;
  stopped: ScaleStopReason | "max-total" | null;
}

/**
 * The whole state of one check: a plain JSON value (no functions, no class instances, no Infinity), so a
 * server can store it between two answers and resume after a restart, and `JSON.parse(JSON.stringify(s))`
 * behaves exactly like `s`. Derived fields (next, finished, scales, estimatedTotal) are recomputed from
 * the answers on every transition; they are stored so reading them costs nothing.
 */
export interface AssessmentState {
  kind: "poise-assessment";
  version: 1;
  mode: AssessmentMode;
  seed: number;
  options: AssessmentOptions;
  items: AssessmentItem[];
  /** Answers in the order they were first given; changing one keeps its place. */
  answers: AssessmentAnswer[];
  /** Id of the item to ask next, null once finished. */
  next: string | null;
  finished: boolean;
  /** Honest estimate of the total number of items this check will take. */
  estimatedTotal: number;
  scales: ScaleProgress[];
}
