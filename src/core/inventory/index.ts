import type { LocalizedText } from "../locale";
import { connectionItems } from "./items-connection";
import { distanceItems } from "./items-distance";
import { relianceItems } from "./items-reliance";
import { selfTrustItems } from "./items-self-trust";
import { type ItemContent, provisionalParameters } from "./parameters";
import { scales } from "./scales";
import type { Inventory, InventoryItem, ScaleId } from "./types";

export { coreFacets, type ItemContent, provisionalParameters, provisionalRule } from "./parameters";
export { scales } from "./scales";
export type { Facet, Inventory, InventoryItem, Scale, ScaleId } from "./types";
export { inventoryMinimums, parameterLimits, validateInventory } from "./validate";

/** The scale ids in the order Poise always shows them. */
export const scaleIds: readonly ScaleId[] = ["reliance", "distance", "self-trust", "connection"];

/**
 * The five answers of every item, in raw order 1..5 (index + 1 is the raw answer).
 * Example: `answerOptions[4].fr` is "Tout à fait d'accord".
 */
export const answerOptions: readonly LocalizedText[] = [
  { en: "Strongly disagree", fr: "Pas du tout d’accord" },
  { en: "Disagree", fr: "Plutôt pas d’accord" },
  { en: "Neither agree nor disagree", fr: "Ni d’accord ni pas d’accord" },
  { en: "Agree", fr: "Plutôt d’accord" },
  { en: "Strongly agree", fr: "Tout à fait d’accord" },
];

/**
 * Builds inventory items from written content: looks up each facet's scale and attaches the
 * provisional parameters. Throws when an item names a facet that no scale has. O(items + facets).
 */
export function buildItems(
  contents: readonly ItemContent[],
  scaleList: Inventory["scales"],
): InventoryItem[] {
  const scaleOfFacet = new Map<string, ScaleId>();
  for (const scale of scaleList) for (const facet of scale.facets) scaleOfFacet.set(facet.id, scale.id);
  return contents.map((content) => {
    const scale = scaleOfFacet.get(content.facet);
    if (scale === undefined) {
      throw new Error(`buildItems requires a known facet, but ${content.id} names "${content.facet}"`);
    }
    const { a, d } = provisionalParameters(content);
    return {
      id: content.id,
      scale,
      facet: content.facet,
      reverse: content.reverse,
      a,
      d,
      text: content.text,
    };
  });
}

/**
 * The Balance Inventory: four scales, their facets and every item with its provisional
 * graded-response parameters. `provisional` stays true until a calibration on real responses
 * replaces the parameters (docs/psychometrics.md).
 *
 * Example: `inventory.items.filter((item) => item.scale === "reliance").length` is 20.
 */
export const inventory: Inventory = {
  scales,
  items: buildItems([...relianceItems, ...distanceItems, ...selfTrustItems, ...connectionItems], scales),
  provisional: true,
};

/** The keyed category 0..4 of a raw answer 1..5 (reversed for reverse-keyed items). O(1). */
export function keyedCategory(item: Pick<InventoryItem, "reverse">, rawAnswer: number): number {
  if (!Number.isInteger(rawAnswer) || rawAnswer < 1 || rawAnswer > 5) {
    throw new Error(`keyedCategory requires an integer answer from 1 to 5, got ${rawAnswer}`);
  }
  return item.reverse ? 5 - rawAnswer : rawAnswer - 1;
}
