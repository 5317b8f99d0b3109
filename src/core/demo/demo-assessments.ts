import { inventory } from "../inventory/index";
import type { InventoryItem, ScaleId } from "../inventory/types";
import { rawFromKeyedCategory } from "../measurement/classical-score";
import { cachedGradedModel } from "../measurement/model-cache";
import { simulateCategory } from "../measurement/simulate-response";
import { createRandom } from "../random";

/** One check of the demo person: when, and their true level on each scale (theta) at that time. */
export interface DemoCheck {
  daysAgo: number;
  traits: Record<ScaleId, number>;
}

/**
 * Three checks about two months apart: Reliance comes down from clearly high to ordinary, Distance
 * stays low, Self-trust and Connection grow. On the balance map the person moves from "leaning on
 * others" toward "balanced" (the region's cut is theta 0.5), one real step at a time.
 */
export const demoChecks: readonly DemoCheck[] = [
  { daysAgo: 117, traits: { reliance: 1.5, distance: -0.4, "self-trust": -0.8, connection: -0.1 } },
  { daysAgo: 61, traits: { reliance: 0.8, distance: -0.5, "self-trust": -0.3, connection: 0.2 } },
  { daysAgo: 4, traits: { reliance: -0.2, distance: -0.6, "self-trust": 0.4, connection: 0.5 } },
];

/**
 * Raw answers (1..5) of a person with these traits to every item of a bank, drawn from the items'
 * own graded-response parameters (as `poise simulate` does), so the real adaptive check scores them
 * near the traits. Deterministic for a seed. O(items).
 *
 * Example: `demoAnswerSheet(demoChecks[0].traits, 1)["rel-01"]` is an answer from 1 to 5.
 */
export function demoAnswerSheet(
  traits: Record<ScaleId, number>,
  seed: number,
  items: readonly InventoryItem[] = inventory.items,
): Record<string, number> {
  const random = createRandom(seed);
  const answers: Record<string, number> = {};
  for (const item of items) {
    const category = simulateCategory(cachedGradedModel(item), traits[item.scale], random.next());
    answers[item.id] = rawFromKeyedCategory(category, item.reverse, item.d.length + 1);
  }
  return answers;
}
