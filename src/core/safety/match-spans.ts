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
 * O(words × cost of one regular-expression attempt).
 */
export function* spans<R>(
  compiled: CompiledRule<R>,
  text: string,
  starts: readonly number[],
): Generator<{ start: number; end: number }> {
  const regex = compiled.regex;
  for (let start = 0; start < starts.length; start++) {
    regex.lastIndex = starts[start] as number;
    const match = regex.exec(text);
    if (!match || match[0].length === 0) continue;
    const to = (starts[start] as number) + match[0].length;
    let end = start;
    while (end < starts.length && (starts[end] as number) < to) end++;
    yield { start, end };
    start = end - 1;
  }
}
