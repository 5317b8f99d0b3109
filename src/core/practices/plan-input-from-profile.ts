import type { Profile, StrengthLevel } from "../profile/types";
import type { PlanWeekInput } from "./plan-week";

const strengthRank: Record<StrengthLevel, number> = { strong: 0, steady: 1, growing: 2 };

/**
 * The parts of planWeek's input that come from the latest profile: its focus facets in order, and
 * its strengths strongest first (a tie keeps the profile's order). O(1).
 * Example: a profile with Connection "strong" and Self-trust "steady" gives strengths
 * ["connection", "self-trust"].
 */
export function planInputFromProfile(
  profile: Pick<Profile, "focusFacets" | "strengths">,
): Pick<PlanWeekInput, "focusFacets" | "strengths"> {
  return {
    focusFacets: profile.focusFacets.map((focus) => focus.facet),
    strengths: profile.strengths
      .map((strength, index) => ({ strength, index }))
      .sort((a, b) => strengthRank[a.strength.level] - strengthRank[b.strength.level] || a.index - b.index)
      .map(({ strength }) => strength.scale),
  };
}
