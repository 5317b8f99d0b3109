/**
 * bench:safety — how well and how fast the safety layer reads free text.
 *
 *   npm run bench:safety                     figures per language and part, then throughput
 *   npm run bench:safety -- --json           the same as one JSON object
 *   npm run bench:safety -- --dev-errors     also list the development sentences it gets wrong
 *   options: --rounds N (5) timed passes over every sentence
 *
 * Quality: recall and precision of each signal on the labelled evaluation set
 * (src/core/safety/evaluation): the development part the rules were tuned on, the held-out part they
 * never were, and both together. Held-out errors are never printed, so they cannot leak into tuning.
 *
 * Speed: detectSafetySignals on every sentence, against a trivial baseline measured in the same run
 * on the same sentences (String.prototype.toLowerCase), interleaved pass by pass so background load
 * falls on both alike; the figure is the ratio. The rule books are built before the clock starts.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Locale } from "../src/core/locale";
import { detectSafetySignals } from "../src/core/safety/detect-safety-signals";
import {
  type EvaluationPart,
  evaluationFile,
  evaluationParts,
  type LabelledSentence,
  parseLabelledSet,
} from "../src/core/safety/evaluation/labelled-set";
import { type SignalScore, scoreSignals } from "../src/core/safety/evaluation/score-signals";

const here = dirname(fileURLToPath(import.meta.url));
const evaluationDir = join(here, "..", "src", "core", "safety", "evaluation");
const locales: Locale[] = ["en", "fr"];

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} requires a positive integer`);
  return value;
}

const load = (locale: Locale, part: EvaluationPart): LabelledSentence[] =>
  parseLabelledSet(readFileSync(join(evaluationDir, evaluationFile(locale, part)), "utf8"));

interface PartFigures {
  sentences: number;
  crisis: SignalScore;
  coercion: SignalScore;
}

function figures(rows: LabelledSentence[], locale: Locale): PartFigures & { errors: string[] } {
  const { scores, errors } = scoreSignals(rows, (text) => detectSafetySignals(text, locale).signals);
  return {
    sentences: rows.length,
    crisis: scores[0] as SignalScore,
    coercion: scores[1] as SignalScore,
    errors: errors.map((e) => `${e.kind} ${e.signal}: ${e.text}`),
  };
}

/** Wall time of `work` in microseconds. */
function time(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1000;
}

const json = process.argv.includes("--json");
const showDevErrors = process.argv.includes("--dev-errors");
const rounds = option("rounds", 5);
/** The baseline is so short that one pass is mostly timer noise: it runs this many times per round. */
const baselineRepeats = 20;

const quality: Record<string, Record<string, PartFigures>> = {};
const devErrors: string[] = [];
const allTexts: { text: string; locale: Locale }[] = [];
for (const locale of locales) {
  const parts = Object.fromEntries(evaluationParts.map((part) => [part, load(locale, part)])) as Record<
    EvaluationPart,
    LabelledSentence[]
  >;
  const whole = [...parts.development, ...parts["held-out"]];
  const development = figures(parts.development, locale);
  devErrors.push(...development.errors.map((e) => `${locale} ${e}`));
  const strip = ({ errors: _errors, ...rest }: PartFigures & { errors: string[] }): PartFigures => rest;
  quality[locale] = {
    development: strip(development),
    "held-out": strip(figures(parts["held-out"], locale)),
    whole: strip(figures(whole, locale)),
  };
  for (const row of whole) allTexts.push({ text: row.text, locale });
}

// Warm-up (also builds and caches both rule books), then interleaved timed passes.
for (const { text, locale } of allTexts) detectSafetySignals(text, locale);
let detectorMicros = 0;
let baselineMicros = 0;
let sink = 0;
for (let round = 0; round < rounds; round++) {
  baselineMicros +=
    time(() => {
      for (let repeat = 0; repeat < baselineRepeats; repeat++) {
        for (const { text } of allTexts) sink += text.toLowerCase().length;
      }
    }) / baselineRepeats;
  detectorMicros += time(() => {
    for (const { text, locale } of allTexts) sink += detectSafetySignals(text, locale).signals.length;
  });
}
const calls = allTexts.length * rounds;
const speed = {
  sentences: allTexts.length,
  rounds,
  detectorMicrosPerText: detectorMicros / calls,
  baselineMicrosPerText: baselineMicros / calls,
  detectorTextsPerSecond: Math.round(calls / (detectorMicros / 1e6)),
  ratioToLowerCase: detectorMicros / baselineMicros,
};

if (json) {
  console.log(JSON.stringify({ quality, speed, ...(showDevErrors ? { devErrors } : {}) }, null, 2));
} else {
  const pct = (x: number) => x.toFixed(3);
  console.log("Safety signals: recall / precision (true positives / positives, false alarms)\n");
  console.log("lang  part         sentences  crisis R   crisis P   coercion R  coercion P");
  for (const locale of locales) {
    for (const [part, f] of Object.entries(quality[locale] as Record<string, PartFigures>)) {
      const c = f.crisis;
      const k = f.coercion;
      console.log(
        `${locale.padEnd(6)}${part.padEnd(13)}${String(f.sentences).padStart(9)}  ` +
          `${pct(c.recall)} (${c.truePositives}/${c.positives})`.padEnd(19) +
          `${pct(c.precision)} fa ${c.falsePositives}`.padEnd(11) +
          `${pct(k.recall)} (${k.truePositives}/${k.positives})`.padEnd(19) +
          `${pct(k.precision)} fa ${k.falsePositives}`,
      );
    }
  }
  console.log(
    `\nThroughput: ${speed.detectorTextsPerSecond} texts/s (${speed.detectorMicrosPerText.toFixed(1)} µs per text, ` +
      `${speed.sentences} sentences × ${rounds} rounds); toLowerCase on the same texts ` +
      `${speed.baselineMicrosPerText.toFixed(2)} µs; ratio ${speed.ratioToLowerCase.toFixed(0)}× the baseline.`,
  );
  if (showDevErrors) console.log(`\nDevelopment errors (${devErrors.length}):\n${devErrors.join("\n")}`);
}
if (sink < 0) console.log(sink);
