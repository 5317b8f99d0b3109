import { scales } from "../../core/inventory/scales";
import type { ScaleId } from "../../core/inventory/types";
import type { Locale } from "../../core/locale";
import { type Practice, practices } from "../../core/practices/index";

const facetById = new Map(scales.flatMap((scale) => scale.facets.map((facet) => [facet.id, facet] as const)));

/** A facet with its name in the person's language, or null for an id the inventory does not know. */
export function facetView(id: string, locale: Locale): { id: string; scale: ScaleId; name: string } | null {
  const facet = facetById.get(id);
  return facet ? { id, scale: facet.scale, name: facet.name[locale] } : null;
}

/** A practice of the library in one language, its facets named. O(steps + facets). */
export function practiceView(practice: Practice, locale: Locale) {
  const facets = practice.facets.flatMap((id) => facetView(id, locale) ?? []);
  return {
    id: practice.id,
    title: practice.title[locale],
    why: practice.why[locale],
    steps: practice.steps.map((step) => step[locale]),
    reflection: practice.reflection[locale],
    rungs: practice.rungs ? practice.rungs.map((rung) => rung[locale]) : null,
    minutes: practice.minutes,
    scale: facets[0]?.scale ?? ("self-trust" as ScaleId),
    facets,
  };
}

export type PracticeView = ReturnType<typeof practiceView>;

/** The whole library in one language, in the library's order. O(P). */
export function libraryView(locale: Locale): PracticeView[] {
  return practices.map((practice) => practiceView(practice, locale));
}
