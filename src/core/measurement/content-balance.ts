import type { SelectionCandidate } from "./select-max-information";

/** Narrows the candidates before selection, so that the content of a scale is covered evenly. */
export interface ContentBalanceRule {
  eligible(
    candidates: readonly SelectionCandidate[],
    administeredFacets: readonly string[],
  ): SelectionCandidate[];
}

/**
 * Facet balancing within a scale: only candidates from the facets given least often so far are eligible
 * (among facets that still have items). With five facets, the first five items of a scale cover all five
 * before any facet is asked twice, so a short adaptive check still samples the whole construct.
 *
 * Reference: the constrained CAT of Kingsbury & Zara (1989), Applied Measurement in Education 2(4), in its
 * simplest "least-administered content area first" form. Complexity O(n).
 *
 * @example leastAdministeredFacetRule().eligible(candidates, ["reassurance", "reassurance"])
 */
export function leastAdministeredFacetRule(): ContentBalanceRule {
  return {
    eligible(candidates, administeredFacets) {
      const counts = new Map<string, number>();
      for (const facet of administeredFacets) counts.set(facet, (counts.get(facet) ?? 0) + 1);
      let least = Number.POSITIVE_INFINITY;
      for (const candidate of candidates) least = Math.min(least, counts.get(candidate.facet) ?? 0);
      return candidates.filter((candidate) => (counts.get(candidate.facet) ?? 0) === least);
    },
  };
}

/** No balancing: every candidate stays eligible. */
export function noContentBalanceRule(): ContentBalanceRule {
  return { eligible: (candidates) => [...candidates] };
}
