import { completeCases } from "./complete-cases";
import { pearsonCorrelation } from "./descriptive-statistics";

/**
 * Corrected item–total correlations: each item against the sum of the other items (the "rest"), on the
 * complete rows. An item that barely relates to the rest of its scale shows up near 0 or below.
 *
 * Reference: Nunnally & Bernstein, Psychometric Theory (3rd ed.), ch. 8. Complexity O(persons · items).
 *
 * @example itemRestCorrelations(scores) // one correlation per item
 */
export function itemRestCorrelations(scores: readonly (readonly (number | null)[])[]): number[] {
  const rows = completeCases(scores, "itemRestCorrelations");
  const totals = rows.map((row) => row.reduce((s, x) => s + x, 0));
  const itemCount = (rows[0] as number[]).length;
  return Array.from({ length: itemCount }, (_, j) => {
    const item = rows.map((row) => row[j] as number);
    const rest = rows.map((row, r) => (totals[r] as number) - (row[j] as number));
    return pearsonCorrelation(item, rest);
  });
}
