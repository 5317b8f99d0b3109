/**
 * The developers' paraphrase check of the safety detector: recall and false alarms on
 * `src/core/safety/evaluation/<locale>.paraphrases.tsv`, per set (a line "# Set N…" opens set N).
 * These sentences are never used for tuning or training and are not part of the evaluation set's
 * figures; they check that a change also catches ways of saying things it was not written from.
 *
 *   npx tsx bench/safety-paraphrases.ts                   the detector of this tree
 *   npx tsx bench/safety-paraphrases.ts --against DIR     also a copy of the detector, e.g.
 *                                                         git archive 16e4f35 src/core | tar -x -C /tmp/at16e4f35
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { detectSafetySignals } from "../src/core/safety/detect-safety-signals";
import { parseLabelledSet } from "../src/core/safety/evaluation/labelled-set";
import { scoreSignals } from "../src/core/safety/evaluation/score-signals";
import { againstDetector, type Detect } from "./bench-options";

const here = dirname(fileURLToPath(import.meta.url));
const evaluationDir = join(here, "..", "src", "core", "safety", "evaluation");
const against = await againstDetector();
const detectors: { name: string; detect: Detect }[] = [{ name: "this tree", detect: detectSafetySignals }];
if (against) detectors.push({ name: against.dir, detect: against.detect });

/** The sets of a paraphrase file: the lines after each "# Set N" header. */
function sets(tsv: string): Map<number, string> {
  const out = new Map<number, string>();
  let current = 0;
  for (const line of tsv.split(/\r?\n/)) {
    const header = /^# Set (\d+)/.exec(line);
    if (header) current = Number(header[1]);
    if (current > 0) out.set(current, `${out.get(current) ?? ""}${line}\n`);
  }
  return out;
}

console.log(
  "set  lang  detector        crisis R        crisis fa  coercion R      coercion fa  none flagged",
);
for (const locale of ["en", "fr"] as const) {
  const file = readFileSync(join(evaluationDir, `${locale}.paraphrases.tsv`), "utf8");
  for (const [set, text] of sets(file)) {
    const rows = parseLabelledSet(text);
    for (const { name, detect } of detectors) {
      const { scores } = scoreSignals(rows, (t) => detect(t, locale).signals);
      const [c, k] = scores as [(typeof scores)[0], (typeof scores)[0]];
      const quiet = rows.filter((r) => r.expected.length === 0);
      const flagged = quiet.filter((r) => detect(r.text, locale).signals.length > 0).length;
      const cell = (tp: number, n: number) => (n === 0 ? "–" : `${(tp / n).toFixed(3)} (${tp}/${n})`);
      console.log(
        `${String(set).padEnd(5)}${locale.padEnd(6)}${name.slice(-14).padEnd(16)}` +
          `${cell(c.truePositives, c.positives).padEnd(16)}${String(c.falsePositives).padEnd(11)}` +
          `${cell(k.truePositives, k.positives).padEnd(16)}${String(k.falsePositives).padEnd(13)}` +
          `${flagged}/${quiet.length}`,
      );
    }
  }
}
