import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../locale";
import { detectSafetySignals } from "../detect-safety-signals";
import { type EvaluationPart, evaluationFile, type LabelledSentence, parseLabelledSet } from "./labelled-set";
import { scoreSignals } from "./score-signals";

// The targets of the safety issue, per language: crisis recall >= 0.95 and precision >= 0.8.
const crisisPrecisionTarget = 0.8;
// Transitional floors while the detector is restructured: round 5 joined the development part and a new
// held-out part (round 6) was written and scored with the old rules first (crisis recall 0.24 English,
// 0.25 French; docs/benchmarks.md). These floors sit just below those measured figures.
const developmentCrisisRecallFloor = 0.9;
const heldOutCrisisRecallFloor = 0.2;
const wholeSetCrisisRecallFloor = 0.8;
// Coercion has no target in the issue: floors below the measured figures, so a regression fails.
const coercionRecallFloor = 0.3;
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

  it("meets the crisis precision target on the development part, and stays above the recall floor", () => {
    const { crisis } = score(development);
    expect(crisis.recall).toBeGreaterThanOrEqual(developmentCrisisRecallFloor);
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
