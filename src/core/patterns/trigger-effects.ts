import { type Checkin, triggerIds } from "./checkin";
import type { TriggerComparison } from "./comparison";
import { compareMeans, summariseGroup } from "./mean-difference";
import { minimums } from "./minimums";

/**
 * For each trigger, mood on the days it was noted against the days when no trigger was noted. Every
 * trigger is measured against the same calm baseline: comparing with "all other days" would make a
 * harmless trigger look uplifting whenever another one weighs mood down. The estimate is
 * mean(with) - mean(calm): negative when the trigger goes with lower mood. Not yet corrected for
 * multiplicity. O(T · n).
 */
export function triggerComparisons(checkins: readonly Checkin[]): TriggerComparison[] {
  const calmMoods = checkins.filter((c) => c.trigger == null).map((c) => c.mood);
  return triggerIds.map((trigger) => {
    const withMoods = checkins.filter((c) => c.trigger === trigger).map((c) => c.mood);
    const otherMoods = calmMoods;
    const outcome = compareMeans(withMoods, otherMoods, minimums.groupDays);
    return {
      id: `trigger:${trigger}`,
      kind: "trigger",
      trigger,
      n: withMoods.length + calmMoods.length,
      ...outcome,
      adjustedPValue: null,
      text: null,
      withDays: summariseGroup(withMoods),
      otherDays: summariseGroup(otherMoods),
    };
  });
}
