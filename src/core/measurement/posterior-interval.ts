import { normalisedPosterior } from "./log-posterior";
import type { QuadratureGrid } from "./quadrature";

/**
 * Equal-tailed credible interval of theta from a log posterior on a grid. Each node's mass is spread
 * evenly over its cell (half-way to each neighbour), so the posterior CDF is piecewise linear and the
 * quantiles interpolate smoothly between nodes. Unlike θ ± z·SE it stays honest when the posterior is
 * skewed, as it is near the ends of a scale.
 *
 * Reference: Gelman et al., Bayesian Data Analysis (3rd ed.), §2.3. Complexity O(nodes).
 *
 * @example credibleInterval(grid, logPosterior, 0.9) // [θ₀.₀₅, θ₀.₉₅]
 */
export function credibleInterval(
  grid: QuadratureGrid,
  logPosterior: ArrayLike<number>,
  coverage: number,
): [number, number] {
  if (!(coverage > 0 && coverage < 1))
    throw new Error(`credibleInterval requires a coverage in (0, 1), got ${coverage}`);
  const weights = normalisedPosterior(logPosterior);
  const tail = (1 - coverage) / 2;
  return [posteriorQuantile(grid.points, weights, tail), posteriorQuantile(grid.points, weights, 1 - tail)];
}

function posteriorQuantile(points: Float64Array, weights: Float64Array, probability: number): number {
  const n = points.length;
  if (n === 1) return points[0] as number;
  let cumulative = 0;
  for (let q = 0; q < n; q++) {
    const w = weights[q] as number;
    if (cumulative + w >= probability && w > 0) {
      const x = points[q] as number;
      const left = q === 0 ? x - ((points[1] as number) - x) / 2 : (x + (points[q - 1] as number)) / 2;
      const right =
        q === n - 1 ? x + (x - (points[n - 2] as number)) / 2 : (x + (points[q + 1] as number)) / 2;
      return left + ((probability - cumulative) / w) * (right - left);
    }
    cumulative += w;
  }
  return points[n - 1] as number;
}
