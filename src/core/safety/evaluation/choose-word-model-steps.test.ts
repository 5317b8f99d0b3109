import { describe, expect, it } from "vitest";
import { wordModelWeights } from "../word-model/word-models";
import {
  type CandidateFigures,
  chooseWordModelSteps,
  type StepCandidate,
  stepCandidates,
  toSteps,
} from "./choose-word-model-steps";

const figures = (
  recall: number,
  precision: number,
  recentRecall = recall,
  demoAlarms = 0,
  recentPrecision = precision,
): CandidateFigures => ({
  recall,
  precision,
  recentRecall,
  recentPrecision,
  demoAlarms,
});
const a: StepCandidate = { alone: 0.7, core: 0.3, support: 0.1 };
const b: StepCandidate = { alone: 0.8, core: 0.1, support: 0.05 };
const c: StepCandidate = { alone: 0.6, core: 0.1, support: 0.03 };

describe("chooseWordModelSteps", () => {
  it("among the weighings reaching the recall target, takes the most precise", () => {
    const chosen = chooseWordModelSteps([
      { candidate: a, byLanguage: [figures(0.99, 0.85), figures(0.97, 0.86)] },
      { candidate: b, byLanguage: [figures(0.96, 0.9), figures(0.955, 0.91)] },
      { candidate: c, byLanguage: [figures(0.94, 0.99), figures(0.99, 0.99)] },
    ]);
    expect(chosen).toEqual({ candidate: b, reachesTarget: true });
  });

  it("requires the target on the recent rounds too, and a quiet demo journal", () => {
    const chosen = chooseWordModelSteps([
      { candidate: a, byLanguage: [figures(0.99, 0.95, 0.9), figures(0.99, 0.95)] },
      { candidate: b, byLanguage: [figures(0.99, 0.97, 0.99, 1), figures(0.99, 0.97)] },
      { candidate: c, byLanguage: [figures(0.96, 0.85), figures(0.96, 0.85)] },
    ]);
    expect(chosen?.candidate).toBe(c);
  });

  it("falls back to the highest recent recall when none reaches the target, and refuses low precision", () => {
    const chosen = chooseWordModelSteps([
      { candidate: a, byLanguage: [figures(0.9, 0.95, 0.85), figures(0.9, 0.95, 0.85)] },
      { candidate: b, byLanguage: [figures(0.93, 0.9, 0.92), figures(0.93, 0.9, 0.92)] },
      { candidate: c, byLanguage: [figures(0.99, 0.7, 0.99), figures(0.99, 0.7, 0.99)] },
    ]);
    expect(chosen).toEqual({ candidate: b, reachesTarget: false });
    expect(chooseWordModelSteps([{ candidate: c, byLanguage: [figures(0.99, 0.7)] }])).toBeNull();
  });

  it("keeps a margin of precision on the recent rounds", () => {
    const chosen = chooseWordModelSteps([
      { candidate: a, byLanguage: [figures(0.9, 0.9, 0.85), figures(0.9, 0.9, 0.85)] },
      { candidate: b, byLanguage: [figures(0.93, 0.9, 0.92, 0, 0.84), figures(0.93, 0.9, 0.92)] },
    ]);
    expect(chosen).toEqual({ candidate: a, reachesTarget: false });
  });

  it("tries increasing triples, and each language's committed crisis steps are one of them", () => {
    const candidates = stepCandidates();
    expect(candidates.every((x) => x.support < x.core && x.core < x.alone)).toBe(true);
    for (const locale of ["en", "fr"] as const) {
      const committed = JSON.stringify(wordModelWeights[locale].crisis);
      expect(candidates.some((x) => JSON.stringify(toSteps(x)) === committed)).toBe(true);
    }
  });
});
