import { locales } from "../locale";
import type { Inventory, ScaleId } from "./types";

/** The smallest bank Poise accepts (issue 2): items per scale and per facet. */
export const inventoryMinimums = {
  itemsPerScale: { reliance: 16, distance: 12, "self-trust": 12, connection: 12 } as Record<ScaleId, number>,
  itemsPerFacet: 3,
  /** Share of reverse-keyed items over the whole bank. */
  reverseShare: 0.25,
} as const;

/** Limits that keep the parameters realistic for personality and attachment items. */
export const parameterLimits = {
  maxDiscrimination: 3,
  maxMeanDiscrimination: 2,
  /** Thresholds b_k = −d_k / a must stay within [−3, 3]. */
  thresholdBound: 3,
  categories: 5,
} as const;

/**
 * Every way an inventory falls short of the rules in docs/psychometrics.md, as readable sentences;
 * an empty list means the inventory is sound. Checks translations, facet and scale sizes, ids and
 * texts, keying, and the graded-response parameters. O(items · locales).
 *
 * Example: `validateInventory(inventory)` is `[]` for the shipped bank.
 */
export function validateInventory(bank: Inventory): string[] {
  const problems: string[] = [];
  const texts = (what: string, text: Record<string, string> | undefined) => {
    for (const locale of locales) {
      if (typeof text?.[locale] !== "string" || text[locale].trim() === "") {
        problems.push(`${what} has no ${locale} text`);
      }
    }
  };

  const facetScale = new Map<string, ScaleId>();
  for (const scale of bank.scales) {
    texts(`scale ${scale.id} name`, scale.name);
    texts(`scale ${scale.id} description`, scale.description);
    for (const facet of scale.facets) {
      texts(`facet ${facet.id} name`, facet.name);
      texts(`facet ${facet.id} description`, facet.description);
      if (facetScale.has(facet.id)) problems.push(`facet id ${facet.id} is used twice`);
      if (facet.scale !== scale.id)
        problems.push(`facet ${facet.id} says scale ${facet.scale} but sits in ${scale.id}`);
      facetScale.set(facet.id, scale.id);
    }
  }

  const ids = new Set<string>();
  const seenTexts = new Map<string, string>();
  const perFacet = new Map<string, number>();
  const perScale = new Map<ScaleId, { items: number; reverse: number }>();
  let reverse = 0;
  let sumA = 0;
  for (const item of bank.items) {
    if (ids.has(item.id)) problems.push(`item id ${item.id} is used twice`);
    ids.add(item.id);
    texts(`item ${item.id}`, item.text);
    for (const locale of locales) {
      const text = (item.text?.[locale] ?? "").trim().toLowerCase();
      if (text === "") continue; // already reported as missing
      const other = seenTexts.get(`${locale}:${text}`);
      if (other !== undefined) problems.push(`items ${other} and ${item.id} share the ${locale} text`);
      seenTexts.set(`${locale}:${text}`, item.id);
    }
    const scaleOfFacet = facetScale.get(item.facet);
    if (scaleOfFacet === undefined) problems.push(`item ${item.id} points to unknown facet ${item.facet}`);
    else if (scaleOfFacet !== item.scale)
      problems.push(`item ${item.id} is in ${item.scale} but its facet is in ${scaleOfFacet}`);
    perFacet.set(item.facet, (perFacet.get(item.facet) ?? 0) + 1);
    const scaleCount = perScale.get(item.scale) ?? { items: 0, reverse: 0 };
    scaleCount.items++;
    if (item.reverse) {
      scaleCount.reverse++;
      reverse++;
    }
    perScale.set(item.scale, scaleCount);

    sumA += item.a;
    if (!(item.a > 0 && item.a <= parameterLimits.maxDiscrimination)) {
      problems.push(
        `item ${item.id} has discrimination ${item.a} outside (0, ${parameterLimits.maxDiscrimination}]`,
      );
    }
    if (item.d.length !== parameterLimits.categories - 1) {
      problems.push(
        `item ${item.id} has ${item.d.length} thresholds instead of ${parameterLimits.categories - 1}`,
      );
    }
    for (let k = 1; k < item.d.length; k++) {
      if (!((item.d[k - 1] as number) > (item.d[k] as number))) {
        problems.push(`item ${item.id} has unordered thresholds (d${k} must exceed d${k + 1})`);
      }
    }
    for (const d of item.d) {
      const b = -d / item.a;
      if (!(Math.abs(b) <= parameterLimits.thresholdBound)) {
        problems.push(`item ${item.id} has threshold b = ${b.toFixed(2)} outside [−3, 3]`);
      }
    }
  }

  for (const scale of bank.scales) {
    const count = perScale.get(scale.id) ?? { items: 0, reverse: 0 };
    const minimum = inventoryMinimums.itemsPerScale[scale.id];
    if (count.items < minimum)
      problems.push(`scale ${scale.id} has ${count.items} items, fewer than ${minimum}`);
    if (count.reverse === 0) problems.push(`scale ${scale.id} has no reverse-keyed item`);
    for (const facet of scale.facets) {
      const n = perFacet.get(facet.id) ?? 0;
      if (n < inventoryMinimums.itemsPerFacet) {
        problems.push(`facet ${facet.id} has ${n} items, fewer than ${inventoryMinimums.itemsPerFacet}`);
      }
    }
  }
  if (bank.items.length > 0) {
    if (reverse / bank.items.length < inventoryMinimums.reverseShare) {
      problems.push(`only ${reverse} of ${bank.items.length} items are reverse-keyed, fewer than a quarter`);
    }
    const meanA = sumA / bank.items.length;
    if (meanA > parameterLimits.maxMeanDiscrimination) {
      problems.push(
        `mean discrimination ${meanA.toFixed(2)} exceeds ${parameterLimits.maxMeanDiscrimination}`,
      );
    }
  }
  return problems;
}
