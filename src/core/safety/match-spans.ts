import type { CompiledRule } from "./rule-book";

/** Character offset (in " a b c ") at which each token starts. O(number of tokens). */
export function tokenStarts(tokens: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 1;
  for (const token of tokens) {
    starts.push(at);
    at += token.length + 1;
  }
  return starts;
}

/**
 * Each match of a compiled (sticky) rule as token positions [start, end), trying the rule at each
 * word start in turn; matches do not overlap. `text` is the sentence written as " a b c ".
 * `candidates` (ascending word positions, see `candidateStarts`) limits the attempts to the words
 * where a match can begin; the matches are the same as without it, found with fewer attempts.
 * O(words × cost of one regular-expression attempt).
 */
export function* spans<R>(
  compiled: CompiledRule<R>,
  text: string,
  starts: readonly number[],
  candidates?: readonly number[],
): Generator<{ start: number; end: number }> {
  const regex = compiled.regex;
  const count = candidates ? candidates.length : starts.length;
  // The first word a match may start at: after the end of the previous match.
  let free = 0;
  for (let i = 0; i < count; i++) {
    const start = candidates ? (candidates[i] as number) : i;
    if (start < free) continue;
    regex.lastIndex = starts[start] as number;
    const match = regex.exec(text);
    if (!match || match[0].length === 0) continue;
    const to = (starts[start] as number) + match[0].length;
    let end = start;
    while (end < starts.length && (starts[end] as number) < to) end++;
    yield { start, end };
    free = end;
  }
}
