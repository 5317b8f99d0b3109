import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRandom } from "../random";
import { answerItem, assessmentProgress, assessmentScores, nextItem, startAssessment } from "./adaptive-test";
import type { AssessmentState } from "./assessment-state";
import { rawFromKeyedCategory } from "./classical-score";
import { gradedResponseModel } from "./graded-response";
import { simulateCategory } from "./simulate-response";
import { testBank } from "./test-data/test-bank";

const bank = testBank();
const roundTrip = (state: AssessmentState): AssessmentState => JSON.parse(JSON.stringify(state));

/** Answers a simulated person would give to every item, from true thetas per scale. */
function personAnswers(seed: number, thetas: Record<string, number>): Record<string, number> {
  const random = createRandom(seed);
  const answers: Record<string, number> = {};
  for (const item of bank) {
    const category = simulateCategory(gradedResponseModel(item), thetas[item.scale] ?? 0, random.next());
    answers[item.id] = rawFromKeyedCategory(category, item.reverse);
  }
  return answers;
}

/** Runs a whole check, round-tripping the state through JSON at every step; returns the item sequence. */
function run(seed: number, answers: Record<string, number>, mode: "adaptive" | "full" = "adaptive") {
  let state = roundTrip(startAssessment({ items: bank, mode, seed }));
  const sequence: string[] = [];
  for (let step = nextItem(state); step !== null; step = nextItem(state)) {
    sequence.push(step.itemId);
    const after = answerItem(state, step.itemId, answers[step.itemId]!);
    const revived = roundTrip(after);
    expect(revived).toEqual(after);
    expect(nextItem(revived)).toEqual(nextItem(after));
    expect(assessmentScores(revived)).toEqual(assessmentScores(after));
    state = revived;
  }
  return { state, sequence };
}

describe("adaptive assessment state machine", () => {
  it("is a plain JSON value at every step and resumes identically after JSON.stringify/parse", () => {
    const answers = personAnswers(1, { reliance: 1, distance: -0.5, "self-trust": 0.3, connection: -1.2 });
    const { state, sequence } = run(42, answers);
    expect(state.finished).toBe(true);
    expect(nextItem(state)).toBeNull();
    expect(sequence.length).toBe(state.answers.length);
    expect(new Set(sequence).size).toBe(sequence.length);
  });

  it("gives the same sequence for the same seed and answers, and varies with the seed", () => {
    const answers = personAnswers(2, { reliance: 0, distance: 0, "self-trust": 0, connection: 0 });
    expect(run(7, answers).sequence).toEqual(run(7, answers).sequence);
    const sequences = new Set([1, 2, 3, 4, 5].map((seed) => run(seed, answers).sequence.join(",")));
    expect(sequences.size).toBeGreaterThan(1);
  });

  it("is pure: answering returns a new state and leaves the old one untouched", () => {
    const start = startAssessment({ items: bank, mode: "adaptive", seed: 3 });
    const snapshot = JSON.stringify(start);
    const first = nextItem(start)!.itemId;
    const after = answerItem(start, first, 5);
    expect(JSON.stringify(start)).toBe(snapshot);
    expect(after.answers).toEqual([{ itemId: first, value: 5 }]);
  });

  it("lets an earlier answer be changed (Back) in place and re-evaluates what comes next", () => {
    let state = startAssessment({ items: bank, mode: "adaptive", seed: 5 });
    const first = nextItem(state)!.itemId;
    state = answerItem(state, first, 5);
    const second = nextItem(state)!.itemId;
    state = answerItem(state, second, 5);
    const thetaBefore = state.scales.find((s) => s.scale === bank.find((i) => i.id === first)!.scale)!.theta;
    const changed = answerItem(state, first, 1);
    expect(changed.answers.map((a) => a.itemId)).toEqual([first, second]);
    expect(changed.answers[0]).toEqual({ itemId: first, value: 1 });
    const scale = bank.find((i) => i.id === first)!.scale;
    expect(changed.scales.find((s) => s.scale === scale)!.theta).not.toBeCloseTo(thetaBefore, 3);
    expect(nextItem(changed)).not.toBeNull();
  });

  it("interleaves the scales and covers each facet of a scale before repeating one", () => {
    const answers = personAnswers(3, { reliance: 0.2, distance: 0.2, "self-trust": 0.2, connection: 0.2 });
    const { sequence } = run(11, answers);
    const scales = sequence.slice(0, 4).map((id) => bank.find((item) => item.id === id)!.scale);
    expect(new Set(scales).size).toBe(4);
    const relianceFacets = sequence
      .map((id) => bank.find((item) => item.id === id)!)
      .filter((item) => item.scale === "reliance")
      .slice(0, 5)
      .map((item) => item.facet);
    expect(new Set(relianceFacets).size).toBe(Math.min(5, relianceFacets.length));
  });

  it("stops every scale for a stated reason and respects the total maximum", () => {
    const answers = personAnswers(4, { reliance: 2.5, distance: -2, "self-trust": 0, connection: 1 });
    const { state } = run(13, answers);
    for (const scale of state.scales) {
      expect(scale.stopped).not.toBeNull();
    }
    const capped = (() => {
      let s = startAssessment({ items: bank, mode: "adaptive", seed: 13, options: { maxTotalItems: 10 } });
      for (let step = nextItem(s); step !== null; step = nextItem(s))
        s = answerItem(s, step.itemId, answers[step.itemId]!);
      return s;
    })();
    expect(capped.answers.length).toBe(10);
    expect(capped.scales.some((scale) => scale.stopped === "max-total")).toBe(true);
  });

  it("reports honest progress: never past the end, 1 when finished, and the estimate ends at the real length", () => {
    const answers = personAnswers(6, { reliance: -0.4, distance: 0.9, "self-trust": -1, connection: 0.1 });
    let state = startAssessment({ items: bank, mode: "adaptive", seed: 17 });
    const estimates: number[] = [];
    for (let step = nextItem(state); step !== null; step = nextItem(state)) {
      const progress = assessmentProgress(state);
      expect(progress.finished).toBe(false);
      expect(progress.estimatedTotal).toBeGreaterThan(progress.answered);
      expect(progress.fraction).toBeGreaterThanOrEqual(0);
      expect(progress.fraction).toBeLessThan(1);
      estimates.push(progress.estimatedTotal);
      state = answerItem(state, step.itemId, answers[step.itemId]!);
    }
    const final = assessmentProgress(state);
    expect(final).toEqual({
      answered: state.answers.length,
      estimatedTotal: state.answers.length,
      fraction: 1,
      finished: true,
    });
    // Half-way through, the estimate is within a few items of the truth.
    const middle = estimates[Math.floor(estimates.length / 2)]!;
    expect(Math.abs(middle - state.answers.length)).toBeLessThanOrEqual(6);
  });

  it("asks every item once in full mode, in a seeded order that alternates scales", () => {
    const answers = personAnswers(8, { reliance: 0, distance: 0, "self-trust": 0, connection: 0 });
    const { state, sequence } = run(21, answers, "full");
    expect(sequence.length).toBe(bank.length);
    expect(new Set(sequence).size).toBe(bank.length);
    expect(assessmentProgress(state).fraction).toBe(1);
    const firstFour = sequence.slice(0, 4).map((id) => bank.find((item) => item.id === id)!.scale);
    expect(new Set(firstFour).size).toBe(4);
    expect(run(21, answers, "full").sequence).toEqual(sequence);
    expect(run(22, answers, "full").sequence).not.toEqual(sequence);
  });

  it("scores with the same engine as scoreScales", () => {
    const answers = personAnswers(9, { reliance: 1, distance: 1, "self-trust": 1, connection: 1 });
    const { state } = run(1, answers);
    const scores = assessmentScores(state);
    expect(scores.map((s) => s.scale)).toEqual(["reliance", "distance", "self-trust", "connection"]);
    for (const score of scores) {
      const progress = state.scales.find((s) => s.scale === score.scale)!;
      expect(score.theta).toBeCloseTo(progress.theta, 10);
      expect(score.answered).toBe(progress.answered);
    }
  });

  it("accepts any sequence of valid answers and always ends (property)", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 60, maxLength: 60 }),
        (seed, values) => {
          let state = startAssessment({ items: bank, mode: "adaptive", seed });
          let i = 0;
          for (let step = nextItem(state); step !== null; step = nextItem(state)) {
            state = answerItem(state, step.itemId, values[i++ % values.length]!);
          }
          expect(state.finished).toBe(true);
          expect(state.answers.length).toBeLessThanOrEqual(bank.length);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("throws 'answerItem requires …' for an unknown item, a value out of 1..5, or a new item after the end", () => {
    const state = startAssessment({ items: bank, mode: "adaptive", seed: 1 });
    expect(() => answerItem(state, "nope", 3)).toThrow(
      'answerItem requires an item of this assessment, got "nope"',
    );
    expect(() => answerItem(state, bank[0]!.id, 6)).toThrow(
      "answerItem requires an answer from 1 to 5, got 6",
    );
    expect(() => answerItem(state, bank[0]!.id, 2.5)).toThrow("answerItem requires an answer from 1 to 5");
    const answers = personAnswers(10, {});
    const { state: done } = run(1, answers);
    const unused = bank.find((item) => !done.answers.some((a) => a.itemId === item.id))!;
    expect(() => answerItem(done, unused.id, 3)).toThrow("answerItem requires an unfinished assessment");
    expect(() => answerItem(done, done.answers[0]!.itemId, 3)).not.toThrow();
  });

  it("rejects a broken start", () => {
    expect(() => startAssessment({ items: [], mode: "adaptive", seed: 1 })).toThrow(
      "startAssessment requires a non-empty",
    );
    expect(() => startAssessment({ items: bank, mode: "quick" as "full", seed: 1 })).toThrow(
      'startAssessment requires mode "adaptive" or "full"',
    );
    expect(() => startAssessment({ items: [bank[0]!, bank[0]!], mode: "full", seed: 1 })).toThrow(
      "unique item ids",
    );
    expect(() =>
      startAssessment({ items: bank, mode: "adaptive", seed: 1, options: { seTarget: 0 } }),
    ).toThrow("positive seTarget");
    expect(() => nextItem({} as AssessmentState)).toThrow(
      "nextItem requires a state made by startAssessment",
    );
  });
});
