import { logPosteriorOnGrid, type ScoredResponse } from "./log-posterior";
import { DEFAULT_SCORING_GRID, type QuadratureGrid, rectangularNormalGrid } from "./quadrature";

export interface ThetaEstimate {
  theta: number;
  /** Posterior standard deviation (EAP) or the curvature-based standard error (MAP). */
  se: number;
}

export interface NormalPrior {
  mean: number;
  sd: number;
}

export interface EapOptions {
  /** Normal prior on theta, default N(0, 1). */
  prior?: NormalPrior;
  /** Equally spaced grid, default 121 nodes on [−6, 6]; ignored when `quadrature` is given. */
  grid?: { nodes?: number; min?: number; max?: number };
  /** A ready-made grid whose log weights already hold the prior. */
  quadrature?: QuadratureGrid;
}

/**
 * Expected a posteriori estimate of theta and its posterior standard deviation, by quadrature.
 * With no answers it returns the prior (mean, sd) up to grid error; every answer moves it by Bayes' rule.
 *
 * Reference: Bock & Mislevy (1982), Applied Psychological Measurement 6(4). mirt's `fscores(method = "EAP")`
 * uses the same 121 nodes on [−6, 6]. Complexity O(nodes · answers).
 *
 * @example estimateEap([{ model: gradedResponseModel({ a: 1.2, d: [1, -1] }), category: 2 }]).theta // > 0
 */
export function estimateEap(responses: readonly ScoredResponse[], options: EapOptions = {}): ThetaEstimate {
  const grid = options.quadrature ?? gridFor(options);
  return summarisePosterior(grid, logPosteriorOnGrid(grid, responses));
}

/** Builds the rectangular grid of `options` (prior in its weights). O(nodes). */
export function gridFor(options: Pick<EapOptions, "prior" | "grid"> = {}): QuadratureGrid {
  return rectangularNormalGrid({
    nodes: options.grid?.nodes ?? DEFAULT_SCORING_GRID.nodes,
    min: options.grid?.min ?? DEFAULT_SCORING_GRID.min,
    max: options.grid?.max ?? DEFAULT_SCORING_GRID.max,
    mean: options.prior?.mean ?? 0,
    sd: options.prior?.sd ?? 1,
  });
}

// Scratch for the posterior weights of summarisePosterior, grown on demand: summarising is the inner loop of
// every adaptive step, so it allocates nothing. (Single-threaded JavaScript: no caller can interleave.)
let scratch = new Float64Array(0);

/** Posterior mean and standard deviation from a log posterior on a grid, shifted by its maximum. O(nodes). */
export function summarisePosterior(grid: QuadratureGrid, logPosterior: ArrayLike<number>): ThetaEstimate {
  const { points } = grid;
  const n = points.length;
  if (logPosterior.length !== n) throw new Error("summarisePosterior requires one log density per grid node");
  let max = Number.NEGATIVE_INFINITY;
  for (let q = 0; q < n; q++) if ((logPosterior[q] as number) > max) max = logPosterior[q] as number;
  if (!Number.isFinite(max)) throw new Error("summarisePosterior requires a posterior with positive mass");
  if (scratch.length < n) scratch = new Float64Array(n);
  let total = 0;
  let first = 0;
  for (let q = 0; q < n; q++) {
    const w = Math.exp((logPosterior[q] as number) - max);
    scratch[q] = w;
    total += w;
    first += w * (points[q] as number);
  }
  const mean = first / total;
  let second = 0;
  for (let q = 0; q < n; q++) {
    const deviation = (points[q] as number) - mean;
    second += (scratch[q] as number) * deviation * deviation;
  }
  return { theta: mean, se: Math.sqrt(second / total) };
}
