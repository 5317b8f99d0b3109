import type { ScaleId } from "../inventory/types";
import { cachedGradedModel } from "./model-cache";
import { rectangularNormalGrid } from "./quadrature";
import type { ScorableItem } from "./score-inventory";

/**
 * Model-implied SD and reliability of a scale's classical score (mean keyed answer on 1..5, all items
 * answered) in a N(0, 1) population: true-score variance Var_θ(E[X̄ | θ]) over total variance
 * Var_θ(E[X̄ | θ]) + E_θ[Var(X̄ | θ)], integrated on 121 nodes. These are what the item parameters
 * imply, so they are provisional exactly as long as the parameters are.
 *
 * Reference: Lord (1980), Applications of IRT, ch. 4 (true scores under IRT). Complexity O(items · nodes).
 *
 * @example classicalScaleNorms(inventory.items, "reliance") // { sd, reliability }
 */
export function classicalScaleNorms(
  items: readonly ScorableItem[],
  scale: ScaleId,
): { sd: number; reliability: number } {
  const scaleItems = items.filter((item) => item.scale === scale);
  if (scaleItems.length === 0) throw new Error(`classicalScaleNorms requires items on scale "${scale}"`);
  const grid = rectangularNormalGrid({ nodes: 121, min: -6, max: 6 });
  const n = scaleItems.length;
  let meanOfExpected = 0;
  let meanOfSquaredExpected = 0;
  let meanErrorVariance = 0;
  for (let q = 0; q < grid.points.length; q++) {
    const theta = grid.points[q] as number;
    const weight = Math.exp(grid.logWeights[q] as number);
    let expected = 0;
    let errorVariance = 0;
    for (const item of scaleItems) {
      const probabilities = cachedGradedModel(item).probabilities(theta);
      let m1 = 0;
      let m2 = 0;
      probabilities.forEach((p, k) => {
        m1 += p * (k + 1);
        m2 += p * (k + 1) ** 2;
      });
      expected += m1 / n;
      errorVariance += (m2 - m1 * m1) / (n * n);
    }
    meanOfExpected += weight * expected;
    meanOfSquaredExpected += weight * expected * expected;
    meanErrorVariance += weight * errorVariance;
  }
  const trueVariance = meanOfSquaredExpected - meanOfExpected ** 2;
  const total = trueVariance + meanErrorVariance;
  return { sd: Math.sqrt(total), reliability: trueVariance / total };
}
