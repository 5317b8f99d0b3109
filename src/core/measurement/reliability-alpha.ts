import { completeCases, covarianceMatrix } from "./complete-cases";

/**
 * Cronbach's alpha, α = k/(k − 1) · (1 − Σ σ²ᵢ / σ²ₓ), on the complete rows of a persons × items matrix of
 * keyed scores (rows with a missing entry are left out; say so when reporting).
 *
 * Reference: Cronbach (1951), Psychometrika 16(3), 297–334. Complexity O(persons · items²).
 *
 * @example cronbachAlpha([[1, 2], [2, 3], [3, 3], [4, 5]]) // 0.96
 */
export function cronbachAlpha(scores: readonly (readonly (number | null)[])[]): number {
  const rows = completeCases(scores, "cronbachAlpha");
  const cov = covarianceMatrix(rows);
  const k = cov.length;
  let itemVariances = 0;
  let totalVariance = 0;
  for (let i = 0; i < k; i++) {
    itemVariances += (cov[i] as number[])[i] as number;
    for (let j = 0; j < k; j++) totalVariance += (cov[i] as number[])[j] as number;
  }
  if (!(totalVariance > 0)) throw new Error("cronbachAlpha requires scores whose total varies");
  return (k / (k - 1)) * (1 - itemVariances / totalVariance);
}
