import type { GroupEstimate } from "./welch-t";

/**
 * The ratio of sums R = Σ part / Σ whole over units (days), with the linearisation (delta-method)
 * variance of a ratio estimator: var(R) ≈ s_e² / n with e_i = (part_i - R · whole_i) / mean(whole)
 * (Cochran 1977, Sampling Techniques, 3rd ed., section 6.4). Used with t quantiles on n - 1 degrees
 * of freedom it covered a true share 93–94% of the time from 4 to 7 days in our simulation, where a
 * percentile bootstrap covered 84–91% (docs/design/insights.md). O(n).
 * Example: days 1/2, 2/2, 0/1 give R = 3/5.
 */
export function ratioEstimate(units: readonly { part: number; whole: number }[]): GroupEstimate {
  const n = units.length;
  let part = 0;
  let whole = 0;
  for (const unit of units) {
    part += unit.part;
    whole += unit.whole;
  }
  if (n === 0 || whole <= 0)
    throw new Error("ratioEstimate requires at least one unit with a positive whole");
  const ratio = part / whole;
  const meanWhole = whole / n;
  let squares = 0;
  for (const unit of units) squares += ((unit.part - ratio * unit.whole) / meanWhole) ** 2;
  // The linearised values sum to zero by construction, so their mean is 0.
  const variance = n > 1 ? squares / (n - 1) : Number.NaN;
  return { estimate: ratio, varianceOfEstimate: variance / n, degrees: n - 1 };
}
