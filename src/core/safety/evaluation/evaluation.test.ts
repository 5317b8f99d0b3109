import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../locale";
import { detectSafetySignals } from "../detect-safety-signals";
import { type EvaluationPart, evaluationFile, type LabelledSentence, parseLabelledSet } from "./labelled-set";
import { scoreSignals } from "./score-signals";

// The targets of the safety issue, per language: crisis recall >= 0.95 and precision >= 0.8.
const crisisRecallTarget = 0.95;
const crisisPrecisionTarget = 0.8;
// The held-out part (round 5, never used to tune the rules) does NOT reach the recall target: 0.70 in
// English and 0.62 in French when measured (docs/benchmarks.md). Until it does, the held-out recall is
// guarded by a regression floor just below the measured value, not by the target. Precision meets the
// target on every part and is held to it.
const heldOutCrisisRecallFloor = 0.6;
const wholeSetCrisisRecallFloor = 0.9;
// Coercion has no target in the issue: floors below the measured figures, so a regression fails.
const coercionRecallFloor = 0.8;
const coercionPrecisionFloor = 0.8;

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

  it("meets the crisis precision target on the held-out part, and stays above the recall floor", () => {
    const { crisis } = score(heldOut);
    expect(crisis.precision).toBeGreaterThanOrEqual(crisisPrecisionTarget);
    expect(crisis.recall).toBeGreaterThanOrEqual(heldOutCrisisRecallFloor);
  });

  it("meets the crisis precision target on the whole set, and stays above the recall floor", () => {
    const { crisis } = score(whole);
    expect(crisis.precision).toBeGreaterThanOrEqual(crisisPrecisionTarget);
    expect(crisis.recall).toBeGreaterThanOrEqual(wholeSetCrisisRecallFloor);
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
});
