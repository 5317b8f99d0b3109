import type { Practice } from "./practice";
import { connectionPractices } from "./practices-connection";
import { distancePractices } from "./practices-distance";
import { reliancePractices } from "./practices-reliance";
import { selfTrustPractices } from "./practices-self-trust";

/** Every practice, grouped by the scale of its main facet (Reliance, Distance, Self-trust, Connection). */
export const practices: readonly Practice[] = [
  ...reliancePractices,
  ...distancePractices,
  ...selfTrustPractices,
  ...connectionPractices,
];

const byId = new Map(practices.map((practice) => [practice.id, practice]));

/** The practice with this id, or undefined. O(1). Example: `practiceById("solo-hour")?.minutes` is 10. */
export function practiceById(id: string): Practice | undefined {
  return byId.get(id);
}
