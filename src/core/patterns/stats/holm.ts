/**
 * Holm's step-down adjustment of p-values (Holm 1979, Scand. J. Statist. 6:65–70), as R's
 * `p.adjust(p, "holm")`: rejecting where the adjusted value is below alpha keeps the chance of even
 * one false finding among all the comparisons at most alpha, whatever their dependence.
 * O(m log m). Example: `holmAdjust([0.01, 0.04, 0.03])` is [0.03, 0.06, 0.06].
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, index) => ({ p, index })).sort((x, y) => x.p - y.p);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(({ p, index }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[index] = running;
  });
  return adjusted;
}
