import type { InventoryItem, ScaleId } from "../inventory/types";
import { assertRawAnswer, classicalMean, keyedCategory } from "./classical-score";
import type { NormalPrior } from "./estimate-eap";
import { summarisePosterior } from "./estimate-eap";
import { normalisedPosterior } from "./log-posterior";
import { cachedLogProbabilityTable, cachedRectangularGrid } from "./model-cache";
import { credibleInterval } from "./posterior-interval";
import { DEFAULT_SCORING_GRID, type QuadratureGrid } from "./quadrature";
import { scaleOrder } from "./scale-direction";
import type { ScaleScore } from "./scale-score";
import { toTScore, tScoreInterval } from "./t-score";

/** Default coverage of the T-score band: a 90% equal-tailed credible interval of the posterior. */
export const DEFAULT_BAND_COVERAGE = 0.9;

/** The parts of an inventory item scoring needs (so stored assessments need not carry the texts). */
export type ScorableItem = Pick<InventoryItem, "id" | "scale" | "reverse" | "a" | "d">;

export interface ScoreScalesOptions {
  /** Normal prior on every scale's theta, default N(0, 1). */
  prior?: NormalPrior;
  /** Quadrature grid, default 121 equally spaced nodes on [−6, 6]. */
  grid?: { nodes?: number; min?: number; max?: number };
  /** Coverage of the T-score band, default 0.9. */
  bandCoverage?: number;
}

export interface ScalePosterior {
  scale: ScaleId;
  /** Grid nodes (theta). */
  points: number[];
  /** Posterior probability at each node, summing to 1. */
  weights: number[];
}

/**
 * Scores every scale of the Balance Inventory from raw answers (item id → 1..5): EAP theta and posterior SD
 * per scale, the T-score with its credible band, the classical mean of keyed answers and how many of the
 * scale's items were answered. A scale with no answers gets the prior (theta ≈ 0, SE ≈ 1), answered 0 and
 * classical null. Missing answers are simply absent: the likelihood uses what was given.
 *
 * Reference: EAP as in mirt's `fscores` (121 nodes on [−6, 6], N(0, 1)); T metric 50 + 10·θ.
 * Complexity O(answers · nodes).
 *
 * @example scoreScales(inventory.items, { "rel-01": 4, "dis-03": 2 }) // four ScaleScore values
 */
export function scoreScales(
  items: readonly ScorableItem[],
  answers: Readonly<Record<string, number>>,
  options: ScoreScalesOptions = {},
): ScaleScore[] {
  const coverage = options.bandCoverage ?? DEFAULT_BAND_COVERAGE;
  const grid = scoringGrid(options);
  return scaleLogPosteriors(items, answers, grid, "scoreScales").map(({ scale, logPosterior, keyed }) => {
    const { theta, se } = summarisePosterior(grid, logPosterior);
    return {
      scale,
      theta,
      se,
      tScore: toTScore(theta),
      tBand: tScoreInterval(credibleInterval(grid, logPosterior, coverage)),
      classical: classicalMean(keyed),
      answered: keyed.length,
    };
  });
}

/**
 * The whole posterior of each scale's theta on the scoring grid, for summaries that need more than a mean
 * and an SD (the probability of a region of the balance map, say). Same inputs and checks as scoreScales.
 */
export function scalePosteriors(
  items: readonly ScorableItem[],
  answers: Readonly<Record<string, number>>,
  options: Omit<ScoreScalesOptions, "bandCoverage"> = {},
): ScalePosterior[] {
  const grid = scoringGrid(options);
  return scaleLogPosteriors(items, answers, grid, "scalePosteriors").map(({ scale, logPosterior }) => ({
    scale,
    points: Array.from(grid.points),
    weights: Array.from(normalisedPosterior(logPosterior)),
  }));
}

function scoringGrid(options: Omit<ScoreScalesOptions, "bandCoverage">): QuadratureGrid {
  return cachedRectangularGrid(
    options.grid?.nodes ?? DEFAULT_SCORING_GRID.nodes,
    options.grid?.min ?? DEFAULT_SCORING_GRID.min,
    options.grid?.max ?? DEFAULT_SCORING_GRID.max,
    options.prior?.mean ?? 0,
    options.prior?.sd ?? 1,
  );
}

function scaleLogPosteriors(
  items: readonly ScorableItem[],
  answers: Readonly<Record<string, number>>,
  grid: QuadratureGrid,
  caller: string,
): { scale: ScaleId; logPosterior: Float64Array; keyed: number[] }[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const perScale = new Map<ScaleId, { logPosterior: Float64Array; keyed: number[] }>(
    scaleOrder.map((scale) => [scale, { logPosterior: Float64Array.from(grid.logWeights), keyed: [] }]),
  );
  for (const [itemId, raw] of Object.entries(answers)) {
    const item = byId.get(itemId);
    if (item === undefined)
      throw new Error(`${caller} requires answers to items of the bank, got "${itemId}"`);
    const categoryCount = item.d.length + 1;
    assertRawAnswer(raw, categoryCount, caller);
    const category = keyedCategory(raw, item.reverse, categoryCount);
    const target = perScale.get(item.scale);
    if (target === undefined)
      throw new Error(`${caller} requires items on a known scale, got "${item.scale}"`);
    const row = cachedLogProbabilityTable(grid, item)[category] as Float64Array;
    for (let q = 0; q < row.length; q++)
      target.logPosterior[q] = (target.logPosterior[q] as number) + (row[q] as number);
    target.keyed.push(category);
  }
  return scaleOrder.map((scale) => ({
    scale,
    ...(perScale.get(scale) as { logPosterior: Float64Array; keyed: number[] }),
  }));
}
