/**
 * bench:safety — how well and how fast the safety layer reads free text.
 *
 *   npm run bench:safety                     figures per language and part, then throughput
 *   npm run bench:safety -- --json           the same as one JSON object
 *   npm run bench:safety -- --dev-errors     also list the development sentences it gets wrong
 *   npm run bench:safety -- --train          retrain the word model on the development files, write
 *                                            src/core/safety/word-model/word-weights.ts, and print its
 *                                            leave-one-round-out validation (then the usual figures)
 *   npm run bench:safety -- --tune           try every crisis weighing of the word model on the
 *                                            leave-one-round-out validation of the whole detector and
 *                                            print the one chooseWordModelSteps picks (a few minutes)
 *   npm run bench:safety -- --against DIR    also time another copy of the detector in the same run, e.g.
 *                                            the rules before the scoring model:
 *                                            git archive b76c721 src/core | tar -x -C /tmp/rules-only
 *                                            npm run bench:safety -- --against /tmp/rules-only
 *   npm run bench:safety -- --development-only   only development, leave-one-round-out, everyday text
 *                                            and speed: no figure of the held-out or independent parts,
 *                                            for work that must not look at them
 *   options: --rounds N (5) timed passes over every sentence
 *
 * Quality: recall and precision of each signal on the labelled evaluation set
 * (src/core/safety/evaluation): the development part the rules were tuned on, the held-out part they
 * never were, and both together. Held-out errors are never printed, so they cannot leak into tuning.
 *
 * Leave-one-round-out: each development round is read by the whole detector with word models
 * trained without that round; recall and precision per round and pooled, per language. The phrase
 * rules and word families were written with every round in view, so this validates the learned part
 * only.
 *
 * Word model: trained only on the development files and the ordinary sentences (never the held-out
 * part). Validation: for each development round after the first, train on every other round (and the
 * ordinary sentences) and count what the model alone finds in the round it did not see, from the
 * probability at which the detector counts it as core evidence.
 *
 * Speed: detectSafetySignals on every sentence, against a trivial baseline measured in the same run
 * on the same sentences (String.prototype.toLowerCase), interleaved pass by pass so background load
 * falls on both alike; the figure is the ratio. The rule books are built before the clock starts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { demoJournalTexts, demoNotes, demoReflections } from "../src/core/demo/demo-texts";
import type { Locale } from "../src/core/locale";
import { detectSafetySignals, detectSafetySignalsWith } from "../src/core/safety/detect-safety-signals";
import {
  type CandidateFigures,
  chooseWordModelSteps,
  type StepCandidate,
  stepCandidates,
  toSteps,
} from "../src/core/safety/evaluation/choose-word-model-steps";
import {
  type EvaluationPart,
  evaluationFile,
  evaluationParts,
  type LabelledSentence,
  ordinaryFile,
  parseLabelledRounds,
  parseLabelledSet,
  parseOrdinary,
} from "../src/core/safety/evaluation/labelled-set";
import {
  leaveOneRoundOut,
  poolRounds,
  type RoundFigures,
  type RoundFolds,
  trainRoundFolds,
} from "../src/core/safety/evaluation/leave-one-round-out";
import { type SignalScore, scoreSignals } from "../src/core/safety/evaluation/score-signals";
import { type SafetySignal, safetySignals } from "../src/core/safety/types";
import { textFeatures } from "../src/core/safety/word-model/sentence-features";
import {
  serializeWordModel,
  trainWordModel,
  wordProbability,
} from "../src/core/safety/word-model/train-word-model";
import { trainingExamples } from "../src/core/safety/word-model/training-examples";
import {
  stepWeight,
  wordModel,
  wordModelWeight,
  wordModelWeights,
} from "../src/core/safety/word-model/word-models";
import { againstDetector, positiveOption } from "./bench-options";

/** The validation counts a sentence as found when the model gives it at least the weight of core evidence. */
const validationThreshold = (locale: Locale, signal: SafetySignal) =>
  wordModelWeights[locale][signal].find((step) => step.weight === 2)?.from ?? 0.3;

const here = dirname(fileURLToPath(import.meta.url));
const evaluationDir = join(here, "..", "src", "core", "safety", "evaluation");
const locales: Locale[] = ["en", "fr"];

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

/** Leave-one-round-out figures of the word model alone, per language and signal. */
interface RoundValidation {
  locale: Locale;
  signal: string;
  positives: number;
  truePositives: number;
  falsePositives: number;
  recall: number;
  precision: number;
}

/**
 * Trains the word model of each language and signal on the whole development file, writes the weights
 * file, and validates the same training on each round left out in turn.
 */
function trainWordModels(): RoundValidation[] {
  const models: Record<string, Record<string, string>> = {};
  const validation: RoundValidation[] = [];
  for (const locale of locales) {
    const rows = parseLabelledRounds(
      readFileSync(join(evaluationDir, evaluationFile(locale, "development")), "utf8"),
    );
    const labelled = rows.map((row) => ({
      features: textFeatures(row.text, locale),
      expected: row.expected,
    }));
    const ordinary = parseOrdinary(readFileSync(join(evaluationDir, ordinaryFile(locale)), "utf8")).map(
      (text) => textFeatures(text, locale),
    );
    const rounds = [...new Set(rows.map((row) => row.round))].filter((round) => round > 1);
    models[locale] = {};
    for (const signal of safetySignals) {
      (models[locale] as Record<string, string>)[signal] = serializeWordModel(
        trainWordModel(trainingExamples(labelled, ordinary, signal)),
      );
      let positives = 0;
      let truePositives = 0;
      let falsePositives = 0;
      for (const round of rounds) {
        const kept = labelled.filter((_row, i) => rows[i]?.round !== round);
        const model = trainWordModel(trainingExamples(kept, ordinary, signal));
        labelled.forEach((row, i) => {
          if (rows[i]?.round !== round) return;
          const positive = row.expected.includes(signal);
          const flagged = wordProbability(model, row.features) >= validationThreshold(locale, signal);
          if (positive) positives++;
          if (positive && flagged) truePositives++;
          if (!positive && flagged) falsePositives++;
        });
      }
      validation.push({
        locale,
        signal,
        positives,
        truePositives,
        falsePositives,
        recall: truePositives / positives,
        precision: truePositives / (truePositives + falsePositives),
      });
    }
  }
  const body = locales
    .map((locale) => {
      const bySignal = safetySignals
        .map((signal) => `    ${signal}: \`${(models[locale] as Record<string, string>)[signal]}\`,`)
        .join("\n");
      return `  ${locale}: {\n${bySignal}\n  },`;
    })
    .join("\n");
  writeFileSync(
    join(evaluationDir, "..", "word-model", "word-weights.ts"),
    "// Generated by `npm run bench:safety -- --train` from the development files only; do not edit.\n" +
      "// One model per language and signal: the bias, then one feature and its weight per line, heaviest first.\n" +
      `export const wordWeights = {\n${body}\n} as const;\n`,
  );
  return validation;
}

const validation = process.argv.includes("--train") ? trainWordModels() : null;
if (validation) {
  // The detector loaded the old weights when this script started: report the training, then stop.
  console.log(
    process.argv.includes("--json")
      ? JSON.stringify({ validation }, null, 2)
      : `Word model retrained on the development files and written; run again for the figures with it.\nLeave-one-round-out validation of the model alone (from the probability where it weighs as core evidence):\n\n${validation
          .map(
            (v) =>
              `${v.locale}  ${v.signal.padEnd(9)} (≥ ${validationThreshold(v.locale as Locale, v.signal as SafetySignal)}) recall ${v.recall.toFixed(3)} (${v.truePositives}/${v.positives})  ` +
              `precision ${v.precision.toFixed(3)} (false alarms ${v.falsePositives})`,
          )
          .join("\n")}`,
  );
  process.exit(0);
}
/** The first round written after the detector became a scoring model: the "recent" rounds start here. */
const firstRecentRound = 7;

/** The development rounds of a language and its word models trained without each round. */
function developmentFolds(locale: Locale): {
  rows: ReturnType<typeof parseLabelledRounds>;
  folds: RoundFolds;
} {
  const rows = parseLabelledRounds(
    readFileSync(join(evaluationDir, evaluationFile(locale, "development")), "utf8"),
  );
  const ordinary = parseOrdinary(readFileSync(join(evaluationDir, ordinaryFile(locale)), "utf8"));
  return { rows, folds: trainRoundFolds(rows, ordinary, locale) };
}

/** Everyday text: the demo journal, check-in notes and reflections (never used for training). */
const demoTexts = [
  ...demoJournalTexts.flatMap((entry) => [entry.title, entry.text]),
  ...demoNotes.map((note) => note.text),
  ...demoReflections,
];

type Weigh = (probability: number, signal: SafetySignal, locale: Locale) => number;

/** How many demo texts of a language raise a signal with the committed model and a weighing. */
function demoAlarms(locale: Locale, weigh: Weigh): number {
  return demoTexts.filter(
    (text) =>
      detectSafetySignalsWith({ wordModel, wordModelWeight: weigh }, text[locale], locale).signals.length > 0,
  ).length;
}

/** Pooled figures of the whole detector under leave-one-round-out: all rounds, and the recent ones. */
interface RoundOut {
  rounds: Omit<RoundFigures, "errors">[];
  all: { crisis: SignalScore; coercion: SignalScore };
  recent: { crisis: SignalScore; coercion: SignalScore };
}

function roundOut(figures: RoundFigures[]): RoundOut {
  const recent = figures.filter((f) => f.round >= firstRecentRound);
  return {
    rounds: figures.map(({ errors: _errors, ...rest }) => rest),
    all: { crisis: poolRounds(figures, "crisis"), coercion: poolRounds(figures, "coercion") },
    recent: { crisis: poolRounds(recent, "crisis"), coercion: poolRounds(recent, "coercion") },
  };
}

if (process.argv.includes("--tune")) {
  const data = locales.map((locale) => ({ locale, ...developmentFolds(locale) }));
  const tried: { candidate: StepCandidate; byLanguage: CandidateFigures[] }[] = [];
  for (const candidate of stepCandidates()) {
    const steps = toSteps(candidate);
    const weigh: Weigh = (p, signal, locale) =>
      signal === "crisis" ? stepWeight(steps, p) : wordModelWeight(p, signal, locale);
    const byLanguage = data.map(({ locale, rows, folds }) => {
      const out = roundOut(leaveOneRoundOut(rows, locale, folds, weigh));
      return {
        recall: out.all.crisis.recall,
        precision: out.all.crisis.precision,
        recentRecall: out.recent.crisis.recall,
        recentPrecision: out.recent.crisis.precision,
        demoAlarms: demoAlarms(locale, weigh),
      };
    });
    tried.push({ candidate, byLanguage });
    const cell = (f: CandidateFigures) =>
      `R ${f.recall.toFixed(3)} P ${f.precision.toFixed(3)} recent R ${f.recentRecall.toFixed(3)} P ${f.recentPrecision.toFixed(3)} demo ${f.demoAlarms}`;
    console.log(
      `alone ${candidate.alone} core ${candidate.core} support ${candidate.support}  ` +
        byLanguage.map((f, i) => `${locales[i]} ${cell(f)}`).join("  |  "),
    );
  }
  // Each language has its own model, so each gets its own weighing, chosen by the rule on its rounds.
  for (const [index, locale] of locales.entries()) {
    const chosen = chooseWordModelSteps(
      tried.map(({ candidate, byLanguage }) => ({
        candidate,
        byLanguage: [byLanguage[index] as CandidateFigures],
      })),
    );
    console.log(
      chosen
        ? `\n${locale}: chosen crisis weighing: alone from ${chosen.candidate.alone}, core from ${chosen.candidate.core}, support from ${chosen.candidate.support}` +
            (chosen.reachesTarget
              ? " (reaches the recall target)."
              : " (no weighing reaches the recall target).") +
            `\nCommitted: ${JSON.stringify(wordModelWeights[locale].crisis)}`
        : `\n${locale}: no weighing keeps the demo journal quiet with precision ≥ 0.8 (≥ 0.85 on the recent rounds).`,
    );
  }
  process.exit(0);
}

const json = process.argv.includes("--json");
const showDevErrors = process.argv.includes("--dev-errors");
/** Leaves out every figure of the held-out and independent parts (they are still timed, never scored). */
const developmentOnly = process.argv.includes("--development-only");
const rounds = positiveOption("rounds", 5);
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
  quality[locale] = developmentOnly
    ? { development: strip(development) }
    : {
        development: strip(development),
        "held-out": strip(figures(parts["held-out"], locale)),
        whole: strip(figures(whole, locale)),
        // Kept apart from "whole" (development + held-out) so earlier figures stay comparable.
        independent: strip(figures(parts.independent, locale)),
      };
  for (const row of whole) allTexts.push({ text: row.text, locale });
}

// Leave-one-round-out figures of the whole detector, with the committed weighing.
const leaveOneOut: Record<string, RoundOut> = {};
const everyday: Record<string, number> = {};
for (const locale of locales) {
  const { rows, folds } = developmentFolds(locale);
  leaveOneOut[locale] = roundOut(leaveOneRoundOut(rows, locale, folds, wordModelWeight));
  everyday[locale] = demoAlarms(locale, wordModelWeight);
}

const against = await againstDetector();
const other = against?.detect ?? null;
const againstDir = against?.dir ?? null;

// Warm-up (also builds and caches both rule books), then interleaved timed passes.
for (const { text, locale } of allTexts) detectSafetySignals(text, locale);
if (other) for (const { text, locale } of allTexts) other(text, locale);
let detectorMicros = 0;
let baselineMicros = 0;
let otherMicros = 0;
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
  if (other) {
    otherMicros += time(() => {
      for (const { text, locale } of allTexts) sink += other(text, locale).signals.length;
    });
  }
}
const calls = allTexts.length * rounds;
const speed = {
  sentences: allTexts.length,
  rounds,
  detectorMicrosPerText: detectorMicros / calls,
  baselineMicrosPerText: baselineMicros / calls,
  detectorTextsPerSecond: Math.round(calls / (detectorMicros / 1e6)),
  ratioToLowerCase: detectorMicros / baselineMicros,
  ...(other
    ? { againstMicrosPerText: otherMicros / calls, ratioToAgainst: detectorMicros / otherMicros }
    : {}),
};

if (json) {
  console.log(
    JSON.stringify(
      {
        quality,
        leaveOneRoundOut: leaveOneOut,
        demoAlarms: everyday,
        speed,
        ...(showDevErrors ? { devErrors } : {}),
      },
      null,
      2,
    ),
  );
} else {
  const pct = (x: number) => x.toFixed(3);
  console.log("Safety signals: recall / precision (true positives / positives, false alarms)\n");
  console.log("lang  part         sentences  crisis R           crisis P     coercion R         coercion P");
  for (const locale of locales) {
    for (const [part, f] of Object.entries(quality[locale] as Record<string, PartFigures>)) {
      const c = f.crisis;
      const k = f.coercion;
      console.log(
        `${locale.padEnd(6)}${part.padEnd(13)}${String(f.sentences).padStart(9)}  ` +
          `${pct(c.recall)} (${c.truePositives}/${c.positives})`.padEnd(19) +
          `${pct(c.precision)} fa ${c.falsePositives}`.padEnd(13) +
          `${pct(k.recall)} (${k.truePositives}/${k.positives})`.padEnd(19) +
          `${pct(k.precision)} fa ${k.falsePositives}`,
      );
    }
  }
  console.log(
    "\nLeave-one-round-out: each development round read with word models trained without it (rules and families as written)\n",
  );
  console.log("lang  round        sentences  crisis R           crisis P     coercion R         coercion P");
  const line = (locale: string, label: string, sentences: number | string, c: SignalScore, k: SignalScore) =>
    `${locale.padEnd(6)}${label.padEnd(13)}${String(sentences).padStart(9)}  ` +
    `${pct(c.recall)} (${c.truePositives}/${c.positives})`.padEnd(19) +
    `${pct(c.precision)} fa ${c.falsePositives}`.padEnd(13) +
    `${pct(k.recall)} (${k.truePositives}/${k.positives})`.padEnd(19) +
    `${pct(k.precision)} fa ${k.falsePositives}`;
  for (const locale of locales) {
    const out = leaveOneOut[locale] as RoundOut;
    for (const r of out.rounds)
      console.log(line(locale, `round ${r.round}`, r.sentences, r.crisis, r.coercion));
    const count = (from: number) =>
      out.rounds.filter((r) => r.round >= from).reduce((n, r) => n + r.sentences, 0);
    console.log(line(locale, "all rounds", count(0), out.all.crisis, out.all.coercion));
    console.log(
      line(
        locale,
        `rounds ${firstRecentRound}+`,
        count(firstRecentRound),
        out.recent.crisis,
        out.recent.coercion,
      ),
    );
  }
  console.log(
    `\nDemo journal, notes and reflections raising a signal: en ${everyday.en} / ${demoTexts.length}, fr ${everyday.fr} / ${demoTexts.length}.`,
  );
  console.log(
    `\nThroughput: ${speed.detectorTextsPerSecond} texts/s (${speed.detectorMicrosPerText.toFixed(1)} µs per text, ` +
      `${speed.sentences} sentences × ${rounds} rounds); toLowerCase on the same texts ` +
      `${speed.baselineMicrosPerText.toFixed(2)} µs; ratio ${speed.ratioToLowerCase.toFixed(0)}× the baseline.`,
  );
  if (other) {
    console.log(
      `The detector in ${againstDir}: ${(otherMicros / calls).toFixed(1)} µs per text in the same run; ` +
        `this one takes ${(detectorMicros / otherMicros).toFixed(2)}× as long.`,
    );
  }
  if (showDevErrors) console.log(`\nDevelopment errors (${devErrors.length}):\n${devErrors.join("\n")}`);
}
if (sink < 0) console.log(sink);
