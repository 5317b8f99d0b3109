import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../locale";
import { detectSafetySignals } from "../detect-safety-signals";
import { type EvaluationPart, evaluationFile, type LabelledSentence, parseLabelledSet } from "./labelled-set";
import { scoreSignals } from "./score-signals";

// The targets of the safety issue, per language, on the held-out part the rules were never tuned on,
// and on the whole set.
const crisisRecallTarget = 0.95;
const crisisPrecisionTarget = 0.8;
// Floors for coercion, below the measured figures, so that a regression fails (docs/benchmarks.md).
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

  it("meets the crisis targets on the held-out part", () => {
    const { crisis } = score(heldOut);
    expect(crisis.recall).toBeGreaterThanOrEqual(crisisRecallTarget);
    expect(crisis.precision).toBeGreaterThanOrEqual(crisisPrecisionTarget);
  });

  it("meets the crisis targets on the whole set", () => {
    const { crisis } = score(whole);
    expect(crisis.recall).toBeGreaterThanOrEqual(crisisRecallTarget);
    expect(crisis.precision).toBeGreaterThanOrEqual(crisisPrecisionTarget);
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
