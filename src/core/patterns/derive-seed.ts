/**
 * A seed for one named statistic, derived from the caller's seed with FNV-1a over the name, so each
 * bootstrap gets its own stream and the result of one does not depend on which ran before it.
 * O(length of the name). Example: `deriveSeed(7, "change:decision-share")`.
 */
export function deriveSeed(seed: number, name: string): number {
  let hash = 0x811c9dc5 ^ (seed | 0);
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}
