/**
 * Scores one labelled set with the safety detector of this tree, and with another copy of it given by
 * `--against DIR`: a file (`label<TAB>text` per line, e.g. a new round on arrival) or a round already
 * in the evaluation files (`--round N`, from development unless `--part independent`). Prints recall
 * and precision per signal; never the sentences, so a round scored on arrival is not read for tuning.
 *
 *   npx tsx bench/safety-round.ts --lang en FILE [--against DIR]
 *   npx tsx bench/safety-round.ts --lang fr --round 18 [--part independent] [--against DIR]
 *   git archive 6484f8f src/core | tar -x -C /tmp/at6484f8f
 *   npx tsx bench/safety-round.ts --lang fr --round 18 --against /tmp/at6484f8f   # round 18 as it arrived
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Locale } from "../src/core/locale";
import { detectSafetySignals } from "../src/core/safety/detect-safety-signals";
import {
  type EvaluationPart,
  evaluationFile,
  type LabelledSentence,
  parseLabelledRounds,
  parseLabelledSet,
} from "../src/core/safety/evaluation/labelled-set";
import { scoreSignals } from "../src/core/safety/evaluation/score-signals";
import { againstDetector, type Detect } from "./bench-options";

const { values, positionals } = parseArgs({
  options: {
    lang: { type: "string" },
    round: { type: "string" },
    part: { type: "string", default: "development" },
    against: { type: "string" },
  },
  allowPositionals: true,
});
const locale = values.lang;
if (locale !== "en" && locale !== "fr") throw new Error("--lang requires en or fr");
const part = values.part;
if (part !== "development" && part !== "independent")
  throw new Error("--part requires development or independent");

function labelledRows(locale: Locale, part: EvaluationPart): { name: string; rows: LabelledSentence[] } {
  const [given] = positionals;
  if (given !== undefined) return { name: given, rows: parseLabelledSet(readFileSync(given, "utf8")) };
  const round = Number(values.round);
  if (!Number.isInteger(round) || round < 1) throw new Error("a labelled file or --round N is required");
  const file = evaluationFile(locale, part);
  const path = fileURLToPath(new URL(`../src/core/safety/evaluation/${file}`, import.meta.url));
  const rows = parseLabelledRounds(readFileSync(path, "utf8")).filter((row) => row.round === round);
  if (rows.length === 0) throw new Error(`round ${round} is not in ${file}`);
  return { name: `round ${round} of ${file}`, rows };
}

const { name: setName, rows } = labelledRows(locale, part);
const against = await againstDetector();
const detectors: { name: string; detect: Detect }[] = [{ name: "this tree", detect: detectSafetySignals }];
if (against) detectors.push({ name: against.dir, detect: against.detect });

const pct = (x: number) => x.toFixed(3);
console.log(`${setName} (${locale}, ${rows.length} sentences)`);
for (const { name, detect } of detectors) {
  const { scores } = scoreSignals(rows, (text) => detect(text, locale).signals);
  const cells = scores.map(
    (s) =>
      `${s.signal} R ${pct(s.recall)} (${s.truePositives}/${s.positives}) P ${pct(s.precision)} (fa ${s.falsePositives})`,
  );
  console.log(`  ${name.padEnd(20)} ${cells.join("   ")}`);
}
