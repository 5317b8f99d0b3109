import type { InventoryItem, ScaleId } from "../inventory/types";
import { stepRandom } from "../random";
import type {
  AssessmentAnswer,
  AssessmentItem,
  AssessmentMode,
  AssessmentOptions,
  AssessmentState,
  ScaleProgress,
} from "./assessment-state";
import { DEFAULT_ASSESSMENT_OPTIONS } from "./assessment-state";
import { assertRawAnswer, keyedCategory } from "./classical-score";
import { leastAdministeredFacetRule, noContentBalanceRule } from "./content-balance";
import { summarisePosterior } from "./estimate-eap";
import { assertGradedParameters } from "./graded-response";
import { cachedGradedModel, cachedLogProbabilityTable, cachedRectangularGrid } from "./model-cache";
import { scaleOrder } from "./scale-direction";
import type { ScaleScore } from "./scale-score";
import { scoreScales } from "./score-inventory";
import { maxInformationRule, type SelectionCandidate } from "./select-max-information";
import {
  exhaustedRule,
  firstStopReason,
  maxItemsRule,
  noImprovementRule,
  precisionRule,
  type StopRule,
  seAfterInformation,
} from "./stop-rules";

export interface StartAssessmentInput {
  items: readonly (AssessmentItem | InventoryItem)[];
  mode: AssessmentMode;
  /** Any integer; the same seed and the same answers always give the same items in the same order. */
  seed: number;
  options?: Partial<AssessmentOptions>;
}

/**
 * Starts a check over the four scales, adaptive (the default product flow) or full (every item, for
 * research and calibration). Returns the first state; `nextItem(state)` names the first item.
 *
 * Adaptive selection: the scale with the fewest answers goes next (ties: larger SE, then the fixed scale
 * order), so the scales interleave; within it, facet balancing narrows the candidates and the item is drawn
 * from the `randomesqueCount` most informative at the scale's current EAP. A scale stops on the first of:
 * no items left, its maximum, SE ≤ target after the minimum, or no remaining item able to lower its SE by
 * `minSeImprovement`. The check ends when every scale has stopped or the total maximum is reached.
 * See docs/design/cat-state-machine.md.
 *
 * Complexity per transition O(answers · nodes + bank): the state is re-derived from the answers.
 *
 * @example
 * let state = startAssessment({ items: inventory.items, mode: "adaptive", seed: 7 });
 * state = answerItem(state, nextItem(state)!.itemId, 4);
 */
export function startAssessment(input: StartAssessmentInput): AssessmentState {
  const caller = "startAssessment";
  if (input.mode !== "adaptive" && input.mode !== "full") {
    throw new Error(`${caller} requires mode "adaptive" or "full", got "${String(input.mode)}"`);
  }
  if (!Number.isFinite(input.seed)) throw new Error(`${caller} requires a finite seed, got ${input.seed}`);
  const items = normaliseItems(input.items, caller);
  const options = resolveOptions(input.options ?? {}, caller);
  return derive({ mode: input.mode, seed: input.seed | 0, options, items }, []);
}

/** The item to ask next, or null when the check is finished. O(1). */
export function nextItem(state: AssessmentState): { itemId: string } | null {
  assertState(state, "nextItem");
  return state.next === null ? null : { itemId: state.next };
}

/**
 * Records an answer (1 .. 5 as shown) and returns the new state; the given state is left untouched.
 * Answering an item already answered replaces that answer in place and re-evaluates what comes next, which
 * is how "Back" works. A new item can only be answered while the check is unfinished.
 *
 * @example answerItem(state, "rel-03", 5)
 */
export function answerItem(state: AssessmentState, itemId: string, value: number): AssessmentState {
  const caller = "answerItem";
  assertState(state, caller);
  const item = state.items.find((candidate) => candidate.id === itemId);
  if (item === undefined)
    throw new Error(`${caller} requires an item of this assessment, got "${String(itemId)}"`);
  assertRawAnswer(value, item.d.length + 1, caller);
  const position = state.answers.findIndex((answer) => answer.itemId === itemId);
  let answers: AssessmentAnswer[];
  if (position >= 0) {
    // Answers are never mutated, so the unchanged ones are shared with the previous state.
    answers = state.answers.map((answer, i) => (i === position ? { itemId, value } : answer));
  } else {
    if (state.finished) throw new Error(`${caller} requires an unfinished assessment to add "${itemId}"`);
    answers = [...state.answers, { itemId, value }];
  }
  return derive(state, answers);
}

/**
 * How far along the check is. For the adaptive mode, estimatedTotal adds to the answers given the items
 * each unfinished scale is expected to need: its best remaining items, in order of information at the
 * current estimate, until the same stopping rules would fire (capped by the maxima).
 */
export function assessmentProgress(state: AssessmentState): {
  answered: number;
  estimatedTotal: number;
  fraction: number;
  finished: boolean;
} {
  assertState(state, "assessmentProgress");
  const answered = state.answers.length;
  const estimatedTotal = state.finished ? answered : Math.max(state.estimatedTotal, answered + 1);
  return {
    answered,
    estimatedTotal,
    fraction: state.finished ? 1 : answered / estimatedTotal,
    finished: state.finished,
  };
}

/** Scores of the four scales from the answers so far (see scoreScales), with the check's prior and grid. */
export function assessmentScores(state: AssessmentState): ScaleScore[] {
  assertState(state, "assessmentScores");
  const answers: Record<string, number> = {};
  for (const answer of state.answers) answers[answer.itemId] = answer.value;
  return scoreScales(state.items, answers, { prior: state.options.prior, grid: state.options.grid });
}

type Definition = Pick<AssessmentState, "mode" | "seed" | "options" | "items">;

interface ScaleWork {
  progress: ScaleProgress;
  remaining: SelectionCandidate[];
  /** Information of each remaining item at the scale's current estimate (same order as remaining). */
  informations: number[];
  administeredFacets: string[];
}

function derive(definition: Definition, answers: AssessmentAnswer[]): AssessmentState {
  const { mode, seed, options, items } = definition;
  const grid = cachedRectangularGrid(
    options.grid.nodes,
    options.grid.min,
    options.grid.max,
    options.prior.mean,
    options.prior.sd,
  );
  const answerOf = new Map(answers.map((answer) => [answer.itemId, answer.value]));
  // One pass over the bank, grouping by scale: each scale's log posterior and its remaining candidates.
  const perScale = new Map<
    ScaleId,
    Omit<ScaleWork, "progress" | "informations"> & { logPosterior: Float64Array; available: number }
  >();
  items.forEach((item, index) => {
    let entry = perScale.get(item.scale);
    if (entry === undefined) {
      entry = {
        logPosterior: Float64Array.from(grid.logWeights),
        remaining: [],
        administeredFacets: [],
        available: 0,
      };
      perScale.set(item.scale, entry);
    }
    entry.available++;
    const value = answerOf.get(item.id);
    if (value === undefined) {
      entry.remaining.push(candidateFor(item, index));
      return;
    }
    entry.administeredFacets.push(item.facet);
    const row = cachedLogProbabilityTable(grid, item)[
      keyedCategory(value, item.reverse, item.d.length + 1)
    ] as Float64Array;
    const { logPosterior } = entry;
    for (let q = 0; q < logPosterior.length; q++)
      logPosterior[q] = (logPosterior[q] as number) + (row[q] as number);
  });
  const work: ScaleWork[] = [];
  for (const scale of scaleOrder) {
    const entry = perScale.get(scale);
    if (entry === undefined) continue;
    const { theta, se } = summarisePosterior(grid, entry.logPosterior);
    work.push({
      progress: {
        scale,
        theta,
        se,
        answered: entry.administeredFacets.length,
        available: entry.available,
        stopped: null,
      },
      remaining: entry.remaining,
      informations: [],
      administeredFacets: entry.administeredFacets,
    });
  }

  const base = {
    kind: "poise-assessment" as const,
    version: 1 as const,
    mode,
    seed,
    options,
    items,
    answers,
  };
  if (mode === "full") {
    const order = fullOrder(items, seed);
    const next = order.find((id) => !answerOf.has(id)) ?? null;
    for (const scale of work) if (scale.remaining.length === 0) scale.progress.stopped = "exhausted";
    return {
      ...base,
      next,
      finished: next === null,
      estimatedTotal: items.length,
      scales: work.map((w) => w.progress),
    };
  }

  const rules = stopRules(options);
  for (const scale of work) {
    const { answered, se, theta } = scale.progress;
    let bestInformation = Number.NEGATIVE_INFINITY;
    for (const candidate of scale.remaining) {
      const information = candidate.model.information(theta);
      scale.informations.push(information);
      if (information > bestInformation) bestInformation = information;
    }
    scale.progress.stopped = firstStopReason(rules, {
      answered,
      se,
      remaining: scale.remaining.length,
      bestNextSe: scale.remaining.length === 0 ? null : seAfterInformation(se, bestInformation),
    });
  }
  let active = work.filter((scale) => scale.progress.stopped === null);
  if (options.maxTotalItems !== null && answers.length >= options.maxTotalItems) {
    for (const scale of active) scale.progress.stopped = "max-total";
    active = [];
  }
  if (active.length === 0) {
    return {
      ...base,
      next: null,
      finished: true,
      estimatedTotal: answers.length,
      scales: work.map((w) => w.progress),
    };
  }

  const chosen = [...active].sort(
    (x, y) =>
      Math.min(x.progress.answered, options.minItemsPerScale) -
        Math.min(y.progress.answered, options.minItemsPerScale) ||
      y.progress.se - x.progress.se ||
      x.progress.answered - y.progress.answered ||
      scaleOrder.indexOf(x.progress.scale) - scaleOrder.indexOf(y.progress.scale),
  )[0] as ScaleWork;
  const balance = options.facetBalancing ? leastAdministeredFacetRule() : noContentBalanceRule();
  const eligible = balance.eligible(chosen.remaining, chosen.administeredFacets);
  const pick = maxInformationRule(options.randomesqueCount).choose(
    eligible,
    chosen.progress.theta,
    drawForStep(seed, answers.length),
  );

  let expected = answers.length;
  const budget =
    options.maxTotalItems === null ? Number.POSITIVE_INFINITY : options.maxTotalItems - answers.length;
  for (const scale of active) expected += expectedMoreItems(scale, options, budget);
  if (options.maxTotalItems !== null) expected = Math.min(expected, options.maxTotalItems);
  return {
    ...base,
    next: (items[pick.index] as AssessmentItem).id,
    finished: false,
    estimatedTotal: Math.max(expected, answers.length + 1),
    scales: work.map((w) => w.progress),
  };
}

// Selection candidates are a function of the (immutable) item object and its position: built once per item.
const candidates = new WeakMap<AssessmentItem, SelectionCandidate>();

function candidateFor(item: AssessmentItem, index: number): SelectionCandidate {
  const hit = candidates.get(item);
  if (hit !== undefined && hit.index === index) return hit;
  const candidate = { index, model: cachedGradedModel(item), facet: item.facet };
  candidates.set(item, candidate);
  return candidate;
}

function stopRules(options: AssessmentOptions): StopRule[] {
  const rules = [exhaustedRule()];
  if (options.maxItemsPerScale !== null) rules.push(maxItemsRule(options.maxItemsPerScale));
  rules.push(precisionRule(options.seTarget, options.minItemsPerScale));
  rules.push(noImprovementRule(options.minSeImprovement, options.minItemsPerScale));
  return rules;
}

/** Items an active scale is expected to need: greedy by information at the current estimate, same rules. */
function expectedMoreItems(scale: ScaleWork, options: AssessmentOptions, budget: number): number {
  const { answered } = scale.progress;
  const informations = Float64Array.from(scale.informations);
  const limit = Math.min(
    informations.length,
    budget,
    options.maxItemsPerScale === null ? Number.POSITIVE_INFINITY : options.maxItemsPerScale - answered,
  );
  let se = scale.progress.se;
  let count = 0;
  while (count < limit) {
    const reachedMinimum = answered + count >= options.minItemsPerScale;
    if (reachedMinimum && se <= options.seTarget) break;
    // Take the most informative item not yet counted (a partial selection: usually only a few are needed).
    let best = -1;
    for (let i = 0; i < informations.length; i++) {
      if (best < 0 || (informations[i] as number) > (informations[best] as number)) best = i;
    }
    const nextSe = seAfterInformation(se, informations[best] as number);
    informations[best] = Number.NEGATIVE_INFINITY;
    if (reachedMinimum && se - nextSe < options.minSeImprovement) break;
    se = nextSe;
    count++;
  }
  return Math.max(1, count);
}

/** A uniform draw for step `step` of a check seeded with `seed`: replayable, independent of earlier draws. */
function drawForStep(seed: number, step: number): number {
  return stepRandom((seed + Math.imul(step + 1, 0x9e3779b9)) | 0).value;
}

/**
 * The order of the full check: within each scale the facets take turns (each facet's items in a seeded
 * shuffle), and the scales take turns, so no run of similar statements appears. Deterministic in the seed.
 */
function fullOrder(items: readonly AssessmentItem[], seed: number): string[] {
  let state = seed ^ 0x5bd1e995;
  const draw = () => {
    const step = stepRandom(state);
    state = step.state;
    return step.value;
  };
  const perScale = scaleOrder.map((scale) => {
    const facets = new Map<string, AssessmentItem[]>();
    for (const item of items) {
      if (item.scale !== scale) continue;
      const list = facets.get(item.facet) ?? [];
      list.push(item);
      facets.set(item.facet, list);
    }
    const lists = [...facets.values()].map((list) => shuffle(list, draw));
    return interleave(lists).map((item) => item.id);
  });
  return interleave(perScale);
}

function shuffle<T>(list: T[], draw: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(draw() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function interleave<T>(lists: T[][]): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...lists.map((list) => list.length));
  for (let round = 0; round < longest; round++)
    for (const list of lists) if (round < list.length) out.push(list[round] as T);
  return out;
}

function normaliseItems(
  items: readonly (AssessmentItem | InventoryItem)[],
  caller: string,
): AssessmentItem[] {
  if (!Array.isArray(items) || items.length === 0)
    throw new Error(`${caller} requires a non-empty list of items`);
  const seen = new Set<string>();
  return items.map((item) => {
    if (typeof item.id !== "string" || item.id === "")
      throw new Error(`${caller} requires every item to have an id`);
    if (seen.has(item.id)) throw new Error(`${caller} requires unique item ids, "${item.id}" appears twice`);
    seen.add(item.id);
    if (!scaleOrder.includes(item.scale as ScaleId)) {
      throw new Error(`${caller} requires a known scale for "${item.id}", got "${String(item.scale)}"`);
    }
    assertGradedParameters(item.a, item.d, caller);
    return {
      id: item.id,
      scale: item.scale,
      facet: item.facet,
      reverse: item.reverse === true,
      a: item.a,
      d: [...item.d],
    };
  });
}

function resolveOptions(partial: Partial<AssessmentOptions>, caller: string): AssessmentOptions {
  const options: AssessmentOptions = {
    ...DEFAULT_ASSESSMENT_OPTIONS,
    ...partial,
    prior: { ...DEFAULT_ASSESSMENT_OPTIONS.prior, ...partial.prior },
    grid: { ...DEFAULT_ASSESSMENT_OPTIONS.grid, ...partial.grid },
  };
  const positive = (name: string, value: number) => {
    if (!(Number.isFinite(value) && value > 0))
      throw new Error(`${caller} requires a positive ${name}, got ${value}`);
  };
  const count = (name: string, value: number | null, minimum: number) => {
    if (value !== null && !(Number.isInteger(value) && value >= minimum)) {
      throw new Error(`${caller} requires ${name} to be an integer of at least ${minimum}, got ${value}`);
    }
  };
  positive("seTarget", options.seTarget);
  count("minItemsPerScale", options.minItemsPerScale, 0);
  count("maxItemsPerScale", options.maxItemsPerScale, 1);
  count("maxTotalItems", options.maxTotalItems, 1);
  count("randomesqueCount", options.randomesqueCount, 1);
  count("grid.nodes", options.grid.nodes, 2);
  positive("prior.sd", options.prior.sd);
  if (!(options.minSeImprovement >= 0)) throw new Error(`${caller} requires a non-negative minSeImprovement`);
  if (!(options.grid.min < options.grid.max)) throw new Error(`${caller} requires grid.min < grid.max`);
  return options;
}

function assertState(state: AssessmentState, caller: string): void {
  if (
    state === null ||
    typeof state !== "object" ||
    state.kind !== "poise-assessment" ||
    state.version !== 1
  ) {
    throw new Error(`${caller} requires a state made by startAssessment`);
  }
  if (!Array.isArray(state.items) || !Array.isArray(state.answers)) {
    throw new Error(`${caller} requires a state with items and answers`);
  }
}
