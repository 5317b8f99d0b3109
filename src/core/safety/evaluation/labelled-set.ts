import { type SafetySignal, safetySignals } from "../types";

/** One sentence of the evaluation set and the signals a careful reader finds in it. */
export interface LabelledSentence {
  text: string;
  expected: SafetySignal[];
  split: "dev" | "test";
}

/** Share of sentences held out for testing (never used to tune the rules), in percent. */
export const heldOutPercent = 40;

const labels: Record<string, SafetySignal[]> = {
  none: [],
  crisis: ["crisis"],
  coercion: ["coercion"],
  "crisis+coercion": ["crisis", "coercion"],
};

/**
 * Reads the evaluation set: one `label<TAB>text` per line, labels `crisis`, `coercion`,
 * `crisis+coercion` or `none`; blank lines and lines starting with `#` are skipped. Throws on a
 * malformed line, naming its number. O(n) in the length of the file.
 */
export function parseLabelledSet(tsv: string): LabelledSentence[] {
  const rows: LabelledSentence[] = [];
  tsv.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "" || line.startsWith("#")) return;
    const tab = line.indexOf("\t");
    const label = tab < 0 ? undefined : labels[line.slice(0, tab)];
    const text = line.slice(tab + 1).trim();
    if (!label || text === "") {
      throw new Error(`parseLabelledSet requires "label<TAB>text" with a known label, line ${index + 1}`);
    }
    rows.push({ text, expected: safetySignals.filter((s) => label.includes(s)), split: splitOf(text) });
  });
  return rows;
}

/**
 * The part a sentence belongs to, fixed by a hash of its text so that adding sentences never moves
 * the others: 32-bit FNV-1a (Fowler, Noll, Vo), O(length). About `heldOutPercent` of sentences
 * land in "test".
 */
export function splitOf(text: string): "dev" | "test" {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 100 < heldOutPercent ? "test" : "dev";
}
