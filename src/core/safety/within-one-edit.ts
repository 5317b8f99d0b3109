/**
 * Whether two words are at most one edit apart in the optimal-string-alignment sense: one letter
 * inserted or deleted, two neighbouring letters swapped, or (only when `allowSubstitution`) one
 * letter replaced. Equal words count as within one edit.
 *
 * Reference: Damerau (1964), "A technique for computer detection and correction of spelling
 * errors"; the restricted (optimal string alignment) variant. Checking only distance <= 1 needs no
 * table: O(length of the words).
 * Example: `withinOneEdit("sucide", "suicide", false)` is true; `withinOneEdit("courir", "mourir", false)`
 * is false (a replaced letter).
 */
export function withinOneEdit(a: string, b: string, allowSubstitution: boolean): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [longer, shorter] = a.length >= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < shorter.length && longer[i] === shorter[i]) i++;
  if (longer.length > shorter.length) return longer.slice(i + 1) === shorter.slice(i);
  // Same length, first difference at i.
  if (longer[i] === shorter[i + 1] && longer[i + 1] === shorter[i]) {
    if (longer.slice(i + 2) === shorter.slice(i + 2)) return true;
  }
  return allowSubstitution && longer.slice(i + 1) === shorter.slice(i + 1);
}
