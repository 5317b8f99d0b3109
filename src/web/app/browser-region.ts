import type { RegionCode } from "../../core/safety/resources";
import { toRegion } from "../../core/safety/support-for";

/**
 * The help region suggested by the browser's language tags ("fr-CA" -> Canada), else the international
 * list. Kept apart from the detector so the help page loads without it.
 */
export function browserRegion(tags: readonly string[] = globalThis.navigator?.languages ?? []): RegionCode {
  for (const tag of tags) {
    const region = toRegion(tag);
    if (region !== "INTL") return region;
  }
  return "INTL";
}
