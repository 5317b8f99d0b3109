import { createRandom } from "../../random";
import type { AssessmentItem } from "../assessment-state";
import { syntheticBank } from "../synthetic-bank";

/**
 * A 56-item synthetic bank shaped like the Balance Inventory (scales and facet counts as in PRODUCT.md,
 * discriminations 1.0–2.2, five categories, about 30% reverse-keyed). Tests only; not product content.
 */
export function testBank(seed = 11): AssessmentItem[] {
  return syntheticBank(
    {
      facets: {
        reliance: { reassurance: 4, abandonment: 3, alone: 3, decisions: 3, regulation: 3 },
        distance: { support: 5, feelings: 4, closeness: 4 },
        "self-trust": { regulation: 4, confidence: 4, validation: 3, solitude: 3 },
        connection: { needs: 5, choice: 4, respect: 4 },
      },
      discrimination: [1.0, 2.2],
      locationSd: 0.5,
      thresholdOffsets: [-1.8, -0.6, 0.5, 1.7],
      reverseShare: 0.3,
    },
    createRandom(seed),
  );
}
