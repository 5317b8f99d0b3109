import { type SafetySignal, safetySignals } from "../types";

/** One sentence of the evaluation set and the signals a careful reader finds in it. */
export interface LabelledSentence {
  text: string;
  expected: SafetySignal[];
}

/**
 * The parts of the evaluation set, one file each per language: `<locale>.tsv` was used to tune the
 * rules and train the word model; `<locale>.held-out.tsv` was written by the developers afterwards and
 * never used to tune them; `<locale>.independent.tsv` was written by someone who never saw the detector
 * or the other parts, and scored once when it arrived.
 */
export const evaluationParts = ["development", "held-out", "independent"] as const;
export type EvaluationPart = (typeof evaluationParts)[number];

/** The file name of a part, relative to this folder. */
export function evaluationFile(locale: string, part: EvaluationPart): string {
  return part === "development" ? `${locale}.tsv` : `${locale}.${part}.tsv`;
}

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
    rows.push({ text, expected: safetySignals.filter((s) => label.includes(s)) });
  });
  return rows;
}

/** One sentence of a development file with the round it was written in (1 for the first). */
export interface RoundSentence extends LabelledSentence {
  round: number;
}

/**
 * Reads a development file keeping each sentence's round: a comment line "# Round N…" or "# Tour N…"
 * opens round N; sentences before any such line belong to round 1. Used to validate the word model on a round it was not trained on.
 * O(n) in the length of the file.
 */
export function parseLabelledRounds(tsv: string): RoundSentence[] {
  const rows: RoundSentence[] = [];
  let round = 1;
  for (const line of tsv.split(/\r?\n/)) {
    const header = /^# (?:Round|Tour) (\d+)/.exec(line);
    if (header) round = Number(header[1]);
    for (const row of parseLabelledSet(line)) rows.push({ ...row, round });
  }
  return rows;
}

/** The file of ordinary sentences of a language (no signal in any), relative to this folder. */
export function ordinaryFile(locale: string): string {
  return `${locale}.ordinary.txt`;
}

/**
 * Reads a file of ordinary sentences: one per line; blank lines and lines starting with `#` are
 * skipped. They train the word model on everyday text and are never used to score the detector. O(n).
 */
export function parseOrdinary(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}
