import type { ItemModel } from "./item-model";
import type { QuadratureGrid } from "./quadrature";

/** One scored answer: the item's model and the keyed category (0-based) that was given. */
export interface ScoredResponse {
  model: ItemModel;
  category: number;
}

/**
 * The unnormalised log posterior of theta on a grid: log prior weight + Σ log P(answer | theta). Built in
 * log space so that twenty extreme answers at |theta| = 6 never underflow to a 0/0 posterior.
 * Complexity O(nodes · answers).
 *
 * @example logPosteriorOnGrid(grid, [{ model, category: 3 }])
 */
export function logPosteriorOnGrid(grid: QuadratureGrid, responses: readonly ScoredResponse[]): Float64Array {
  const logPosterior = Float64Array.from(grid.logWeights);
  for (const response of responses) addResponseToLogPosterior(grid, logPosterior, response);
  return logPosterior;
}

/** Adds one answer's log-likelihood to a log posterior in place: the O(nodes) update of an adaptive test. */
export function addResponseToLogPosterior(
  grid: QuadratureGrid,
  logPosterior: Float64Array,
  response: ScoredResponse,
): void {
  const { points } = grid;
  for (let q = 0; q < points.length; q++) {
    logPosterior[q] =
      (logPosterior[q] as number) + response.model.logProbability(points[q] as number, response.category);
  }
}

/** The posterior's weights on the grid, normalised to sum to 1 (shifted by the maximum first). O(nodes). */
export function normalisedPosterior(logPosterior: ArrayLike<number>): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (let q = 0; q < logPosterior.length; q++) max = Math.max(max, logPosterior[q] as number);
  if (!Number.isFinite(max)) throw new Error("normalisedPosterior requires a posterior with positive mass");
  const weights = new Float64Array(logPosterior.length);
  let sum = 0;
  for (let q = 0; q < logPosterior.length; q++) {
    const w = Math.exp((logPosterior[q] as number) - max);
    weights[q] = w;
    sum += w;
  }
  for (let q = 0; q < weights.length; q++) weights[q] = (weights[q] as number) / sum;
  return weights;
}
