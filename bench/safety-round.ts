/**
 * Scores one labelled file (`label<TAB>text` per line, e.g. a new round on arrival) with the safety
 * detector of this tree, and with another copy of it given by `--against DIR`. Prints recall and
 * precision per signal; never the sentences, so a round scored on arrival is not read for tuning.
 *
 *   npx tsx bench/safety-round.ts --lang en FILE [--against DIR]
 *   git archive 6484f8f src/core | tar -x -C /tmp/at6484f8f
 *   npx tsx bench/safety-round.ts --lang fr /path/fr.tsv --against /tmp/at6484f8f
 */
import { readFileSync } from "node:fs";
import type { Locale } from "../src/core/locale";
import { detectSafetySignals } from "../src/core/safety/detect-safety-signals";
import { parseLabelledSet } from "../src/core/safety/evaluation/labelled-set";
import { scoreSignals } from "../src/core/safety/evaluation/score-signals";
import { againstDetector, type Detect } from "./bench-options";

const langIndex = process.argv.indexOf("--lang");
const locale = process.argv[langIndex + 1];
if (langIndex < 0 || (locale !== "en" && locale !== "fr")) throw new Error("--lang requires en or fr");
const optionValues = new Set([langIndex + 1, process.argv.indexOf("--against") + 1]);
const file = process.argv.slice(2).find((arg, i) => !arg.startsWith("--") && !optionValues.has(i + 2));
if (!file) throw new Error("a labelled file (label<TAB>text per line) is required");

const rows = parseLabelledSet(readFileSync(file, "utf8"));
const against = await againstDetector();
const detectors: { name: string; detect: Detect }[] = [{ name: "this tree", detect: detectSafetySignals }];
if (against) detectors.push({ name: against.dir, detect: against.detect });

const pct = (x: number) => x.toFixed(3);
console.log(`${file} (${locale}, ${rows.length} sentences)`);
for (const { name, detect } of detectors) {
  const { scores } = scoreSignals(rows, (text) => detect(text, locale as Locale).signals);
  const cells = scores.map(
    (s) =>
      `${s.signal} R ${pct(s.recall)} (${s.truePositives}/${s.positives}) P ${pct(s.precision)} (fa ${s.falsePositives})`,
  );
  console.log(`  ${name.padEnd(20)} ${cells.join("   ")}`);
}
