/**
 * Answers given without a terminal (`--answers` or piped standard input), so the check can run in
 * scripts and tests. Two forms, separated by commas, spaces or new lines:
 * - a sequence of raw answers 1..5, used in order for whatever item the check asks next: "4,2,5,3";
 * - answers by item id: "rel-01=4 dis-02=2", used when the check asks that item.
 */
export type ScriptedAnswers =
  | { kind: "sequence"; values: number[] }
  | { kind: "by-id"; values: Map<string, number> };

function parseValue(token: string, where: string, source: string): number {
  if (!/^[1-5]$/.test(token)) {
    throw new Error(`${source} must hold answers from 1 to 5, got "${token}" ${where}`);
  }
  return Number(token);
}

/** Parses scripted answers; `source` names the option or stream in error messages. O(length). */
export function parseScriptedAnswers(text: string, source = "--answers"): ScriptedAnswers {
  const tokens = text.split(/[\s,;]+/).filter((token) => token !== "");
  if (tokens.length === 0) throw new Error(`${source} holds no answers`);
  if (tokens.some((token) => token.includes("="))) {
    const values = new Map<string, number>();
    tokens.forEach((token, index) => {
      const [id, value, ...rest] = token.split("=");
      if (!id || value === undefined || rest.length > 0) {
        throw new Error(`${source} must use either plain answers or item=answer pairs, got "${token}"`);
      }
      values.set(id, parseValue(value, `for ${id} (position ${index + 1})`, source));
    });
    return { kind: "by-id", values };
  }
  return {
    kind: "sequence",
    values: tokens.map((token, index) => parseValue(token, `at position ${index + 1}`, source)),
  };
}

/**
 * A function that gives the answer to each asked item in turn, with a clear error when the script
 * has nothing for it. O(1) per call.
 */
export function scriptedAnswerer(answers: ScriptedAnswers, source = "--answers"): (itemId: string) => number {
  let position = 0;
  return (itemId) => {
    if (answers.kind === "by-id") {
      const value = answers.values.get(itemId);
      if (value === undefined) throw new Error(`${source} has no answer for item ${itemId}`);
      return value;
    }
    const value = answers.values[position];
    if (value === undefined) {
      throw new Error(`${source} ran out after ${position} answers; the check asked for more`);
    }
    position++;
    return value;
  };
}
