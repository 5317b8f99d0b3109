import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../locale";
import { detectSafetySignals } from "../detect-safety-signals";
import { wordModelWeight } from "../word-model/word-models";
import {
  type EvaluationPart,
  evaluationFile,
  type LabelledSentence,
  ordinaryFile,
  parseLabelledRounds,
  parseLabelledSet,
  parseOrdinary,
} from "./labelled-set";
import { leaveOneRoundOut, poolRounds, trainRoundFolds } from "./leave-one-round-out";
import { scoreSignals } from "./score-signals";

// The targets of the safety issue, per language: crisis recall >= 0.95 and precision >= 0.8.
const crisisRecallTarget = 0.95;
const crisisPrecisionTarget = 0.8;
// The held-out part (round 6, written before the detector became a scoring model and never used to
// tune it; only its aggregate figures have been looked at): crisis recall 0.964 / 0.945 since rounds
// 38–44 joined (its history is in docs/benchmarks.md).
// With 55 crisis sentences a language moves by two sentences with a retraining, so its recall is
// guarded by a floor, not by the target (left at 0.8); its precision meets the target and is held to it.
const heldOutCrisisRecallFloor = 0.8;
// Coercion has no target in the issue (the brief aims at recall 0.9, precision 0.8): floors below the
// measured held-out figures (recall 0.90 / 0.90, precision 0.96 / 0.94), so a regression fails.
const coercionRecallFloor = 0.85;
const coercionPrecisionFloor = 0.85;
// Leave-one-round-out (each development round read with word models trained without it), over the
// rounds written since the detector became a scoring model (7 onwards): crisis recall 0.944 / 0.950,
// precision 0.868 / 0.896 with rounds up to 44. The pool grows with each round, so the floor follows
// the pooled figure (docs/benchmarks.md, "Safety signals", has its history). Floors, so a change that
// only fits the training rounds fails; precision keeps the margin the weighing rule asks for.
const recentRoundsCrisisRecallFloor = 0.92;
const recentRoundsCrisisPrecisionFloor = 0.85;
// The independent part (rounds 10, 12, 13, 15, 19, 26, 34–37 and 42, each written by someone who never saw
// the detector and scored on arrival; each round's figures on arrival are in docs/benchmarks.md): crisis
// recall 0.971 / 0.965, precision 0.872 / 0.892; coercion recall 0.937 / 0.949. Floors under those
// figures, so a change that loses what generalised fails. It must never be used to tune or train: once
// it is, it stops measuring anything.
const independentCrisisRecallFloor = 0.94;
const independentCrisisPrecisionFloor = 0.83;
const independentCoercionRecallFloor = 0.9;
const firstRecentRound = 7;

const load = (locale: Locale, part: EvaluationPart): LabelledSentence[] =>
  parseLabelledSet(readFileSync(join(import.meta.dirname, evaluationFile(locale, part)), "utf8"));

describe.each(["en", "fr"] as const)("evaluation set (%s)", (locale) => {
  const development = load(locale, "development");
  const heldOut = load(locale, "held-out");
  const whole = [...development, ...heldOut];
  const score = (rows: LabelledSentence[]) => {
    const { scores } = scoreSignals(rows, (text) => detectSafetySignals(text, locale).signals);
    return { crisis: scores[0]!, coercion: scores[1]! };
  };

  it("has at least 300 sentences, positives of both kinds and many hard negatives", () => {
    expect(whole.length).toBeGreaterThanOrEqual(300);
    const count = (predicate: (row: LabelledSentence) => boolean) => whole.filter(predicate).length;
    expect(count((r) => r.expected.includes("crisis"))).toBeGreaterThanOrEqual(100);
    expect(count((r) => r.expected.includes("coercion"))).toBeGreaterThanOrEqual(100);
    expect(count((r) => r.expected.length === 2)).toBeGreaterThanOrEqual(10);
    expect(count((r) => r.expected.length === 0)).toBeGreaterThanOrEqual(200);
    expect(new Set(whole.map((r) => r.text)).size).toBe(whole.length);
  });

  it("holds out a part with positives of both kinds", () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(100);
    expect(heldOut.filter((r) => r.expected.includes("crisis")).length).toBeGreaterThanOrEqual(40);
    expect(heldOut.filter((r) => r.expected.includes("coercion")).length).toBeGreaterThanOrEqual(40);
  });

  it("meets the crisis targets on the development part", () => {
    const { crisis } = score(development);
    expect(crisis.recall).toBeGreaterThanOrEqual(crisisRecallTarget);
    expect(crisis.precision).toBeGreaterThanOrEqual(crisisPrecisionTarget);
  });

  it("meets the crisis targets on the whole set", () => {
    const { crisis } = score(whole);
    expect(crisis.recall).toBeGreaterThanOrEqual(crisisRecallTarget);
    expect(crisis.precision).toBeGreaterThanOrEqual(crisisPrecisionTarget);
  });

  it("meets the crisis precision target on the held-out part, and stays above its recall floor", () => {
    const { crisis } = score(heldOut);
    expect(crisis.precision).toBeGreaterThanOrEqual(crisisPrecisionTarget);
    expect(crisis.recall).toBeGreaterThanOrEqual(heldOutCrisisRecallFloor);
  });

  it("keeps crisis recall above its floor on rounds it was not trained on (leave-one-round-out)", () => {
    const read = (file: string) => readFileSync(join(import.meta.dirname, file), "utf8");
    const rows = parseLabelledRounds(read(evaluationFile(locale, "development")));
    const recentRounds = [...new Set(rows.map((row) => row.round))].filter((r) => r >= firstRecentRound);
    const folds = trainRoundFolds(rows, parseOrdinary(read(ordinaryFile(locale))), locale, recentRounds);
    const recent = leaveOneRoundOut(rows, locale, folds, wordModelWeight);
    // Rounds 20, 21, 23, 24, 27–30, 32, 33, 40, 41 and 44 were written in French only, rounds 22, 25,
    // 31, 38, 39 and 43 in English only.
    const languageRounds =
      locale === "en" ? [22, 25, 31, 38, 39, 43] : [20, 21, 23, 24, 27, 28, 29, 30, 32, 33, 40, 41, 44];
    expect(recent.map((r) => r.round)).toEqual([7, 8, 9, 11, 14, 16, 17, 18, ...languageRounds]);
    const crisis = poolRounds(recent, "crisis");
    expect(crisis.recall).toBeGreaterThanOrEqual(recentRoundsCrisisRecallFloor);
    expect(crisis.precision).toBeGreaterThanOrEqual(recentRoundsCrisisPrecisionFloor);
  }, 180_000);

  it("stays above its floors on the independent part (rounds 10, 12, 13, 15, 19, 26, 34–37 and 42)", () => {
    const { crisis, coercion } = score(load(locale, "independent"));
    expect(crisis.recall).toBeGreaterThanOrEqual(independentCrisisRecallFloor);
    expect(crisis.precision).toBeGreaterThanOrEqual(independentCrisisPrecisionFloor);
    expect(coercion.recall).toBeGreaterThanOrEqual(independentCoercionRecallFloor);
    expect(coercion.precision).toBeGreaterThanOrEqual(coercionPrecisionFloor);
  });

  it("keeps coercion above its floors on the held-out part", () => {
    const { coercion } = score(heldOut);
    expect(coercion.recall).toBeGreaterThanOrEqual(coercionRecallFloor);
    expect(coercion.precision).toBeGreaterThanOrEqual(coercionPrecisionFloor);
  });
});

describe("parseLabelledSet", () => {
  it("reads labels, skips comments and rejects unknown labels", () => {
    const rows = parseLabelledSet("# comment\ncrisis\tI want to die\n\nnone\tfine\ncrisis+coercion\tboth\n");
    expect(rows.map((r) => r.expected)).toEqual([["crisis"], [], ["crisis", "coercion"]]);
    expect(() => parseLabelledSet("maybe\tsomething")).toThrow(/line 1/);
  });

  it("keeps the round of each development sentence", () => {
    const rows = parseLabelledRounds(
      "# header\nnone\ta\n# Round 2: more\ncrisis\tb\n# Tour 3 : encore\nnone\tc\n",
    );
    expect(rows.map((r) => [r.text, r.round])).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ]);
  });
});
