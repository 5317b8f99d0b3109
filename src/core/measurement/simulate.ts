import type { InventoryItem, ScaleId } from "../inventory/types";
import { createRandom, normalDraw } from "../random";
import { answerItem, assessmentScores, nextItem, startAssessment } from "./adaptive-test";
import type { AssessmentItem, AssessmentOptions } from "./assessment-state";
import { DEFAULT_ASSESSMENT_OPTIONS } from "./assessment-state";
import { rawFromKeyedCategory } from "./classical-score";
import { mean, pearsonCorrelation, quantile, rootMeanSquareError } from "./descriptive-statistics";
import { cachedGradedModel } from "./model-cache";
import { scaleOrder } from "./scale-direction";
import { scoreScales } from "./score-inventory";
import { simulateCategory } from "./simulate-response";

export interface SimulationInput {
  items: readonly (AssessmentItem | InventoryItem)[];
  respondents: number;
  seed: number;
  /** Adaptive settings to evaluate; defaults are the product's. */
  options?: Partial<AssessmentOptions>;
}

export interface ScaleSimulationFigures {
  /** Mean posterior SD reached by the adaptive check. */
  meanSE: number;
  /** Pearson correlation of adaptive theta with the full-bank theta of the same simulated person. */
  corrWithFullBank: number;
  rmseAdaptive: number;
  rmseFullBank: number;
}

/** The report `poise simulate --json` prints. */
export interface SimulationReport {
  respondents: number;
  bankSize: number;
  meanItems: number;
  p90Items: number;
  scales: Partial<Record<ScaleId, ScaleSimulationFigures>>;
}

/**
 * Monte Carlo evaluation of the adaptive check on a bank: simulated people with independent N(0, 1) traits
 * on each scale answer every item by the bank's own graded-response parameters (so the figures are exactly
 * as optimistic as the parameters, no more); each person then takes the adaptive check (the real state
 * machine, reading their answers) and is also scored on the full bank. Deterministic in the seed.
 *
 * Reference: the post-hoc/Monte Carlo CAT simulation design of Weiss & Guyer (2012), Journal of
 * Computerized Adaptive Testing. Complexity O(respondents · steps · (answers · nodes + bank)).
 *
 * @example simulate({ items: inventory.items, respondents: 1000, seed: 1 }).meanItems
 */
export function simulate(input: SimulationInput): SimulationReport {
  const { items, respondents, seed } = input;
  if (!Number.isInteger(respondents) || respondents < 2) {
    throw new Error(`simulate requires at least 2 respondents, got ${respondents}`);
  }
  if (!Number.isFinite(seed)) throw new Error(`simulate requires a finite seed, got ${seed}`);
  const options = { ...DEFAULT_ASSESSMENT_OPTIONS, ...input.options };
  const scales = scaleOrder.filter((scale) => items.some((item) => item.scale === scale));
  const random = createRandom(seed);
  const truth = new Map(scales.map((scale) => [scale, [] as number[]]));
  const adaptive = new Map(scales.map((scale) => [scale, [] as number[]]));
  const adaptiveSe = new Map(scales.map((scale) => [scale, [] as number[]]));
  const full = new Map(scales.map((scale) => [scale, [] as number[]]));
  const lengths: number[] = [];

  for (let person = 0; person < respondents; person++) {
    const thetas = new Map(scales.map((scale) => [scale, normalDraw(random)]));
    const answers: Record<string, number> = {};
    for (const item of items) {
      const category = simulateCategory(
        cachedGradedModel(item),
        thetas.get(item.scale) as number,
        random.next(),
      );
      answers[item.id] = rawFromKeyedCategory(category, item.reverse, item.d.length + 1);
    }
    let state = startAssessment({ items, mode: "adaptive", seed: (seed + person * 7919) | 0, options });
    for (let step = nextItem(state); step !== null; step = nextItem(state)) {
      state = answerItem(state, step.itemId, answers[step.itemId] as number);
    }
    lengths.push(state.answers.length);
    const adaptiveScores = assessmentScores(state);
    const fullScores = scoreScales(items, answers, { prior: options.prior, grid: options.grid });
    for (const scale of scales) {
      const a = adaptiveScores.find((score) => score.scale === scale);
      const f = fullScores.find((score) => score.scale === scale);
      truth.get(scale)?.push(thetas.get(scale) as number);
      adaptive.get(scale)?.push(a?.theta as number);
      adaptiveSe.get(scale)?.push(a?.se as number);
      full.get(scale)?.push(f?.theta as number);
    }
  }

  const figures: Partial<Record<ScaleId, ScaleSimulationFigures>> = {};
  for (const scale of scales) {
    const t = truth.get(scale) as number[];
    const a = adaptive.get(scale) as number[];
    const f = full.get(scale) as number[];
    figures[scale] = {
      meanSE: mean(adaptiveSe.get(scale) as number[]),
      corrWithFullBank: pearsonCorrelation(a, f),
      rmseAdaptive: rootMeanSquareError(a, t),
      rmseFullBank: rootMeanSquareError(f, t),
    };
  }
  return {
    respondents,
    bankSize: items.length,
    meanItems: mean(lengths),
    p90Items: quantile(lengths, 0.9),
    scales: figures,
  };
}
