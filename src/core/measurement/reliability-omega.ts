import { completeCases, covarianceMatrix } from "./complete-cases";
import { symmetricEigen } from "./symmetric-eigen";

/** Iterated principal-axis factoring stops once no uniqueness moves by more than this (relative). */
export const OMEGA_TOLERANCE = 1e-10;
export const OMEGA_MAX_ITERATIONS = 1000;
/** Uniquenesses are kept at least this share of the item variance (guards against Heywood cases). */
const MIN_UNIQUENESS_SHARE = 1e-6;

export interface OmegaResult {
  omega: number;
  /** One-factor loadings on the item (covariance) metric. */
  loadings: number[];
  uniquenesses: number[];
  iterations: number;
  converged: boolean;
}

/**
 * McDonald's omega total for one common factor, ω = (Σλ)² / ((Σλ)² + Σψ), from a one-factor model fitted
 * to the covariance matrix of the complete rows by iterated principal-axis factoring (which converges to
 * the unweighted least-squares, "minres", solution). Non-convergence is returned, not thrown.
 *
 * Reference: McDonald (1999), Test Theory: A Unified Treatment, ch. 6; psych::omega uses the same
 * one-factor minres fit. Complexity O(persons · items² + iterations · items³).
 *
 * @example omegaTotal(scores).omega
 */
export function omegaTotal(scores: readonly (readonly (number | null)[])[]): OmegaResult {
  const cov = covarianceMatrix(completeCases(scores, "omegaTotal"));
  const p = cov.length;
  const variances = cov.map((row, i) => row[i] as number);
  if (variances.some((v) => !(v > 0))) throw new Error("omegaTotal requires every item to vary");
  // Start from half of each variance as uniqueness: a neutral guess that converges reliably.
  let uniquenesses = variances.map((v) => 0.5 * v);
  let loadings = new Array<number>(p).fill(0);
  let converged = false;
  let iterations = 0;
  for (; iterations < OMEGA_MAX_ITERATIONS && !converged; iterations++) {
    const reduced = cov.map((row, i) => row.map((x, j) => (i === j ? x - (uniquenesses[i] as number) : x)));
    const { values, vectors } = symmetricEigen(reduced);
    const root = Math.sqrt(Math.max(values[0] as number, 0));
    const vector = vectors[0] as number[];
    const sign = vector.reduce((s, x) => s + x, 0) < 0 ? -1 : 1;
    loadings = vector.map((x) => sign * root * x);
    const next = variances.map((v, i) =>
      Math.max(v - (loadings[i] as number) ** 2, MIN_UNIQUENESS_SHARE * v),
    );
    converged = next.every(
      (u, i) => Math.abs(u - (uniquenesses[i] as number)) <= OMEGA_TOLERANCE * (variances[i] as number),
    );
    uniquenesses = next;
  }
  const common = loadings.reduce((s, x) => s + x, 0) ** 2;
  const unique = uniquenesses.reduce((s, x) => s + x, 0);
  return { omega: common / (common + unique), loadings, uniquenesses, iterations, converged };
}
