import type { ItemModel } from "./item-model";

/**
 * Draws a keyed category from an item's model at a true theta by inverting the cumulative distribution of
 * the categories with one uniform draw u in [0, 1). Complexity O(K).
 *
 * @example simulateCategory(gradedResponseModel({ a: 1, d: [0] }), 0, 0.7) // 1 (P(X = 0) = 0.5 < 0.7)
 */
export function simulateCategory(model: ItemModel, theta: number, u: number): number {
  if (!(u >= 0 && u < 1)) throw new Error(`simulateCategory requires a draw in [0, 1), got ${u}`);
  const probabilities = model.probabilities(theta);
  let cumulative = 0;
  for (let k = 0; k < probabilities.length - 1; k++) {
    cumulative += probabilities[k] as number;
    if (u < cumulative) return k;
  }
  return probabilities.length - 1;
}
