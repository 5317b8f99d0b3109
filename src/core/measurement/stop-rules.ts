/** Why a scale of the adaptive check stopped asking. */
export type ScaleStopReason = "precision" | "no-improvement" | "max-items" | "exhausted";

/** What a stopping rule may look at for one scale. */
export interface ScaleStatus {
  answered: number;
  /** Items of the scale not yet given. */
  remaining: number;
  /** Current posterior SD of the scale's theta. */
  se: number;
  /**
   * SE expected after the most informative remaining item, 1/√(1/SE² + I(θ̂)) (the information of a normal
   * posterior plus the item's Fisher information); null when nothing remains.
   */
  bestNextSe: number | null;
}

/** One reason to stop a scale, checked after every answer. */
export interface StopRule {
  readonly reason: ScaleStopReason;
  applies(status: ScaleStatus): boolean;
}

/** Stop when the scale has no items left. */
export function exhaustedRule(): StopRule {
  return { reason: "exhausted", applies: (status) => status.remaining === 0 };
}

/** Stop once the scale has had `maxItems` items. */
export function maxItemsRule(maxItems: number): StopRule {
  return { reason: "max-items", applies: (status) => status.answered >= maxItems };
}

/** Stop once the SE reaches the target, but never before `minItems` (one lucky answer is not precision). */
export function precisionRule(seTarget: number, minItems: number): StopRule {
  return { reason: "precision", applies: (status) => status.answered >= minItems && status.se <= seTarget };
}

/**
 * Stop when the best remaining item would lower the SE by less than `minImprovement`: the scale has used
 * the items that can still tell us something about this person (typical at the extremes of a short bank,
 * where the SE target may be out of reach). Reference: the "minimum information" stopping rule of
 * Babcock & Weiss (2012), Journal of Computerized Adaptive Testing 1(1), expressed as an SE change.
 */
export function noImprovementRule(minImprovement: number, minItems: number): StopRule {
  return {
    reason: "no-improvement",
    applies: (status) =>
      status.answered >= minItems &&
      status.bestNextSe !== null &&
      status.se - status.bestNextSe < minImprovement,
  };
}

/** The first rule that applies, in the order given, or null while the scale should go on. O(rules). */
export function firstStopReason(rules: readonly StopRule[], status: ScaleStatus): ScaleStopReason | null {
  for (const rule of rules) if (rule.applies(status)) return rule.reason;
  return null;
}

/** 1/√(1/SE² + information): the SE after adding an item with this information at the current estimate. */
export function seAfterInformation(se: number, information: number): number {
  return 1 / Math.sqrt(1 / (se * se) + information);
}
