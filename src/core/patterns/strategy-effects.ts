import { type Checkin, strategyIds } from "./checkin";
import type { StrategyComparison } from "./comparison";
import { INTERVAL_LEVEL, minimums } from "./minimums";
import { clopperPearsonInterval } from "./stats/clopper-pearson";
import { signTestPValue } from "./stats/sign-test";
import { wilsonInterval } from "./stats/wilson-interval";

/**
 * For each strategy, how the person felt after using it. "No effect" means leaving them better as
 * often as worse: the exact sign test of better against worse ("same" left out), with the
 * Clopper–Pearson interval of better / (better + worse), which excludes 1/2 exactly when that test
 * rejects. The share of uses rated better (Wilson interval) is reported beside it for charts.
 * Not yet corrected for multiplicity. O(S · n).
 */
export function strategyComparisons(checkins: readonly Checkin[]): StrategyComparison[] {
  return strategyIds.map((strategy) => {
    const effects = checkins.filter((c) => c.helped?.strategy === strategy).map((c) => c.helped!.effect);
    const better = effects.filter((e) => e === "better").length;
    const worse = effects.filter((e) => e === "worse").length;
    const uses = effects.length;
    const base = {
      id: `strategy:${strategy}`,
      kind: "strategy" as const,
      strategy,
      n: uses,
      uses,
      better,
      same: uses - better - worse,
      worse,
      shareBetter: uses > 0 ? { estimate: better / uses, ...wilsonInterval(better, uses) } : null,
      adjustedPValue: null,
      text: null,
    };
    if (uses < minimums.strategyUses)
      return { ...base, status: "too-little-data", effect: null, pValue: null };
    const changed = better + worse;
    if (changed === 0) return { ...base, status: "no-variation", effect: null, pValue: null };
    const interval = clopperPearsonInterval(better, changed, INTERVAL_LEVEL);
    return {
      ...base,
      status: "not-clear",
      pValue: signTestPValue(better, worse),
      effect: {
        measure: "better-among-changed",
        estimate: better / changed,
        low: interval.low,
        high: interval.high,
        level: INTERVAL_LEVEL,
        noEffect: 0.5,
        method: "clopper-pearson",
        standardized: null,
      },
    };
  });
}
