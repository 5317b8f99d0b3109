import type { PlannedPractice, PracticeView } from "../../api/practices";

/**
 * The practices that could replace one of this week's, best first: those for the same facet the
 * practice was picked for (or its main facet), then those sharing any of its facets, then those of
 * the same scale, then the rest; the library's order within each group. Practices already in the
 * plan are left out. O(P · F).
 *
 * Example: replacing a practice picked for "reassurance-seeking" offers the reassurance delay first.
 */
export function swapCandidates(
  library: readonly PracticeView[],
  plannedIds: readonly string[],
  replacing: PlannedPractice,
): PracticeView[] {
  const target = replacing.facet?.id ?? replacing.practice.facets[0]?.id;
  const shared = new Set(replacing.practice.facets.map((f) => f.id));
  const rank = (p: PracticeView) => {
    const ids = p.facets.map((f) => f.id);
    if (target && ids.includes(target)) return 0;
    if (ids.some((id) => shared.has(id))) return 1;
    if (p.scale === replacing.practice.scale) return 2;
    return 3;
  };
  return library
    .map((practice, index) => ({ practice, index, rank: rank(practice) }))
    .filter((entry) => !plannedIds.includes(entry.practice.id))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.practice);
}
