import { logSigmoid, logSigmoidDifference, logSumExp } from "./log-logistic";
import { type QuadratureGrid, rectangularNormalGrid } from "./quadrature";
import { solveLinear } from "./solve-linear";

/** EM stops when no parameter moved by more than this in one cycle (mirt's default TOL is 1e-4). */
export const EM_PARAMETER_TOLERANCE = 1e-5;
/** EM gives up after this many cycles and says so (converged: false). */
export const EM_MAX_ITERATIONS = 5000;
/** Fisher-scoring iterations inside one M-step stop once every step is below this. */
const M_STEP_TOLERANCE = 1e-9;
const M_STEP_MAX_ITERATIONS = 25;
const MAX_STEP_HALVINGS = 40;

export interface CalibrationOptions {
  /**
   * How answers map to categories. "detect" (default): each item's distinct observed values, in increasing
   * order, become categories 0, 1, … (so 1..4 or 0..3 both work, and an unused category is collapsed, as
   * mirt does). "zero-based": values are already 0 .. K−1 and every one of them must occur.
   */
  categories?: "detect" | "zero-based";
  /** Quadrature over a N(0, 1) trait; default 61 equally spaced nodes on [−6, 6], as mirt estimates. */
  quadrature?: QuadratureGrid;
  /** Largest parameter change that counts as converged, default EM_PARAMETER_TOLERANCE. */
  tolerance?: number;
  /** Default EM_MAX_ITERATIONS. */
  maxIterations?: number;
}

export interface CalibratedItem {
  /** Discrimination. */
  a: number;
  /** Intercepts, decreasing: P(X ≥ k) = σ(a·θ + d[k−1]). */
  d: number[];
  /** Thresholds b_k = −d_k / a, increasing. */
  b: number[];
  /** The answer values that became categories 0, 1, … (e.g. [1, 2, 3, 4]). */
  categories: number[];
}

export interface CalibrationResult {
  items: CalibratedItem[];
  /** Marginal log-likelihood at the returned parameters (same quadrature). */
  logLik: number;
  iterations: number;
  converged: boolean;
  /** Marginal log-likelihood before each M-step; EM makes it non-decreasing. */
  logLikHistory: number[];
  /** Rows that had at least one answer (rows with none carry no information and are skipped). */
  respondents: number;
}

interface Prepared {
  itemCount: number;
  categoryValues: number[][];
  /** patterns × items, the category index or −1 when missing. */
  patterns: Int32Array;
  counts: number[];
  respondents: number;
}

/**
 * Marginal maximum likelihood calibration of Samejima's graded response model by the EM algorithm of
 * Bock & Aitkin, for a single N(0, 1) trait. Missing answers (null), by design or not, drop out of the
 * likelihood of their row, so sparse adaptive data calibrate as they are. Identical rows are pooled.
 *
 * E-step: posterior weights of each distinct answer pattern over the quadrature nodes (in log space),
 * giving expected category counts per item and node. M-step: for each item, Fisher scoring on
 * (a, d₁ … d_{K−1}) with step halving that keeps a > 0, the intercepts strictly decreasing and the
 * expected complete-data log-likelihood rising, so the marginal log-likelihood never decreases.
 * Non-convergence within maxIterations is returned (converged: false), not thrown.
 *
 * Reference: Bock & Aitkin (1981), Psychometrika 46(4), 443–459; Samejima (1969); mirt's `graded` item type
 * and its defaults (61 nodes on [−6, 6]). Complexity per cycle O(patterns · items · nodes).
 *
 * @example calibrateGradedResponse([[0, 1, 2], [2, 2, null], [1, 0, 0]]).items[0].a
 */
export function calibrateGradedResponse(
  responses: readonly (readonly (number | null)[])[],
  options: CalibrationOptions = {},
): CalibrationResult {
  const data = prepare(responses, options.categories ?? "detect");
  const grid = options.quadrature ?? rectangularNormalGrid({ nodes: 61, min: -6, max: 6 });
  const tolerance = options.tolerance ?? EM_PARAMETER_TOLERANCE;
  const maxIterations = options.maxIterations ?? EM_MAX_ITERATIONS;
  if (!(tolerance > 0))
    throw new Error(`calibrateGradedResponse requires a positive tolerance, got ${tolerance}`);
  if (!(Number.isInteger(maxIterations) && maxIterations >= 1)) {
    throw new Error(`calibrateGradedResponse requires maxIterations ≥ 1, got ${maxIterations}`);
  }

  let parameters = startingValues(data);
  const history: number[] = [];
  let converged = false;
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    const { logLik, expected } = expectationStep(data, grid, parameters, true);
    history.push(logLik);
    let largestChange = 0;
    parameters = parameters.map((item, j) => {
      const updated = maximiseItem(item, expected[j] as Float64Array, grid.points);
      for (let i = 0; i < item.length; i++) {
        largestChange = Math.max(largestChange, Math.abs((updated[i] as number) - (item[i] as number)));
      }
      return updated;
    });
    if (largestChange < tolerance) {
      converged = true;
      break;
    }
  }
  const { logLik } = expectationStep(data, grid, parameters, false);
  return {
    items: parameters.map((item, j) => {
      const a = item[0] as number;
      const d = item.slice(1);
      return { a, d, b: d.map((value) => -value / a), categories: data.categoryValues[j] as number[] };
    }),
    logLik,
    iterations,
    converged,
    logLikHistory: history,
    respondents: data.respondents,
  };
}

function prepare(
  responses: readonly (readonly (number | null)[])[],
  mode: "detect" | "zero-based",
): Prepared {
  const caller = "calibrateGradedResponse";
  if (!Array.isArray(responses) || responses.length === 0)
    throw new Error(`${caller} requires at least one row`);
  const itemCount = (responses[0] as readonly (number | null)[]).length;
  if (itemCount === 0) throw new Error(`${caller} requires at least one item`);
  const observed: Set<number>[] = Array.from({ length: itemCount }, () => new Set());
  responses.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== itemCount) {
      throw new Error(`${caller} requires every row to have ${itemCount} entries (row ${r + 1})`);
    }
    row.forEach((value, j) => {
      if (value === null || value === undefined) return;
      if (!Number.isInteger(value))
        throw new Error(`${caller} requires integer categories, got ${value} (row ${r + 1}, item ${j + 1})`);
      (observed[j] as Set<number>).add(value);
    });
  });
  const categoryValues = observed.map((values, j) => {
    const sorted = [...values].sort((x, y) => x - y);
    if (sorted.length < 2)
      throw new Error(`${caller} requires at least two observed categories for item ${j + 1}`);
    if (mode === "zero-based") {
      const last = sorted[sorted.length - 1] as number;
      if (sorted[0] !== 0 || sorted.length !== last + 1) {
        throw new Error(
          `${caller} requires every category 0..${last} to be observed for item ${j + 1} (zero-based)`,
        );
      }
    }
    return sorted;
  });
  const indexOf = categoryValues.map((values) => new Map(values.map((value, k) => [value, k])));
  const pooled = new Map<string, { pattern: number[]; count: number }>();
  let respondents = 0;
  for (const row of responses) {
    const pattern = row.map((value: number | null, j: number) =>
      value === null || value === undefined ? -1 : ((indexOf[j] as Map<number, number>).get(value) as number),
    );
    if (pattern.every((k: number) => k < 0)) continue;
    respondents++;
    const key = pattern.join(",");
    const hit = pooled.get(key);
    if (hit) hit.count++;
    else pooled.set(key, { pattern, count: 1 });
  }
  if (respondents === 0) throw new Error(`${caller} requires at least one row with an answer`);
  const entries = [...pooled.values()];
  const patterns = new Int32Array(entries.length * itemCount);
  entries.forEach((entry, p) => {
    patterns.set(entry.pattern, p * itemCount);
  });
  return { itemCount, categoryValues, patterns, counts: entries.map((entry) => entry.count), respondents };
}

/** a = 1 and intercepts from the observed cumulative proportions, widened for the marginal attenuation. */
function startingValues(data: Prepared): number[][] {
  const { itemCount, patterns, counts } = data;
  return data.categoryValues.map((values, j) => {
    const atLeast = new Array<number>(values.length).fill(0);
    let total = 0;
    counts.forEach((count, p) => {
      const k = patterns[p * itemCount + j] as number;
      if (k < 0) return;
      total += count;
      for (let m = 0; m <= k; m++) atLeast[m] = (atLeast[m] as number) + count;
    });
    const d: number[] = [];
    for (let m = 1; m < values.length; m++) {
      const p = Math.min(Math.max((atLeast[m] as number) / total, 1e-3), 1 - 1e-3);
      d.push(1.3 * Math.log(p / (1 - p)));
    }
    for (let m = 1; m < d.length; m++)
      if ((d[m] as number) >= (d[m - 1] as number)) d[m] = (d[m - 1] as number) - 0.05;
    return [1, ...d];
  });
}

/** log P(X = k | θ_q) for one item, flattened as [k · nodes + q]. */
function logProbabilityTable(item: readonly number[], points: Float64Array): Float64Array {
  const a = item[0] as number;
  const categories = item.length;
  const nodes = points.length;
  const table = new Float64Array(categories * nodes);
  for (let q = 0; q < nodes; q++) {
    const theta = points[q] as number;
    for (let k = 0; k < categories; k++) {
      const upper = k === 0 ? Number.POSITIVE_INFINITY : a * theta + (item[k] as number);
      const lower = k === categories - 1 ? Number.NEGATIVE_INFINITY : a * theta + (item[k + 1] as number);
      table[k * nodes + q] = logSigmoidDifference(upper, lower);
    }
  }
  return table;
}

function expectationStep(
  data: Prepared,
  grid: QuadratureGrid,
  parameters: readonly number[][],
  wantExpected: boolean,
): { logLik: number; expected: Float64Array[] } {
  const { itemCount, patterns, counts } = data;
  const nodes = grid.points.length;
  const tables = parameters.map((item) => logProbabilityTable(item, grid.points));
  const expected = wantExpected ? parameters.map((item) => new Float64Array(item.length * nodes)) : [];
  const logJoint = new Float64Array(nodes);
  let logLik = 0;
  for (let p = 0; p < counts.length; p++) {
    logJoint.set(grid.logWeights);
    for (let j = 0; j < itemCount; j++) {
      const k = patterns[p * itemCount + j] as number;
      if (k < 0) continue;
      const table = tables[j] as Float64Array;
      const base = k * nodes;
      for (let q = 0; q < nodes; q++) logJoint[q] = (logJoint[q] as number) + (table[base + q] as number);
    }
    const logMarginal = logSumExp(logJoint);
    const count = counts[p] as number;
    logLik += count * logMarginal;
    if (!wantExpected) continue;
    for (let q = 0; q < nodes; q++) logJoint[q] = count * Math.exp((logJoint[q] as number) - logMarginal);
    for (let j = 0; j < itemCount; j++) {
      const k = patterns[p * itemCount + j] as number;
      if (k < 0) continue;
      const target = expected[j] as Float64Array;
      const base = k * nodes;
      for (let q = 0; q < nodes; q++)
        target[base + q] = (target[base + q] as number) + (logJoint[q] as number);
    }
  }
  return { logLik, expected };
}

interface ItemObjective {
  value: number;
  gradient: number[];
  information: number[][];
}

/**
 * Expected complete-data log-likelihood of one item, Σ_q Σ_k r_kq log P_k(θ_q), with its gradient in
 * (a, d₁ … d_{K−1}) and the expected (Fisher) information Σ_q n_q Σ_k P_k g_k g_kᵀ, accumulated as
 * h_k = √P_k · g_k so that vanishing probabilities never produce 0 · ∞.
 */
function itemObjective(item: readonly number[], expected: Float64Array, points: Float64Array): ItemObjective {
  const a = item[0] as number;
  const size = item.length;
  const categories = size;
  const nodes = points.length;
  const gradient = new Array<number>(size).fill(0);
  const information = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  let value = 0;
  const cumulative = new Float64Array(categories + 1);
  const logSpread = new Float64Array(categories + 1);
  for (let q = 0; q < nodes; q++) {
    let total = 0;
    for (let k = 0; k < categories; k++) total += expected[k * nodes + q] as number;
    if (total === 0) continue;
    const theta = points[q] as number;
    cumulative[0] = 1;
    cumulative[categories] = 0;
    logSpread[0] = Number.NEGATIVE_INFINITY;
    logSpread[categories] = Number.NEGATIVE_INFINITY;
    for (let m = 1; m < categories; m++) {
      const z = a * theta + (item[m] as number);
      const logUpper = logSigmoid(z);
      cumulative[m] = Math.exp(logUpper);
      logSpread[m] = logUpper + logSigmoid(-z);
    }
    for (let k = 0; k < categories; k++) {
      const upper = k === 0 ? Number.POSITIVE_INFINITY : a * theta + (item[k] as number);
      const lower = k === categories - 1 ? Number.NEGATIVE_INFINITY : a * theta + (item[k + 1] as number);
      const logP = logSigmoidDifference(upper, lower);
      const count = expected[k * nodes + q] as number;
      const slopeScore = theta * (1 - (cumulative[k] as number) - (cumulative[k + 1] as number));
      const upperScore = k >= 1 ? Math.exp((logSpread[k] as number) - logP) : 0;
      const lowerScore = k + 1 <= categories - 1 ? -Math.exp((logSpread[k + 1] as number) - logP) : 0;
      if (count > 0) {
        value += count * logP;
        gradient[0] = (gradient[0] as number) + count * slopeScore;
        if (k >= 1) gradient[k] = (gradient[k] as number) + count * upperScore;
        if (k + 1 <= categories - 1) gradient[k + 1] = (gradient[k + 1] as number) + count * lowerScore;
      }
      const root = Math.exp(0.5 * logP);
      const h: [number, number][] = [[0, root * slopeScore]];
      if (k >= 1) h.push([k, Math.exp((logSpread[k] as number) - 0.5 * logP)]);
      if (k + 1 <= categories - 1) h.push([k + 1, -Math.exp((logSpread[k + 1] as number) - 0.5 * logP)]);
      for (const [i, hi] of h) {
        const row = information[i] as number[];
        for (const [l, hl] of h) row[l] = (row[l] as number) + total * hi * hl;
      }
    }
  }
  return { value, gradient, information };
}

function admissible(item: readonly number[]): boolean {
  if (!((item[0] as number) > 0) || !Number.isFinite(item[0])) return false;
  for (let m = 2; m < item.length; m++) if (!((item[m] as number) < (item[m - 1] as number))) return false;
  return item.every(Number.isFinite);
}

/** One M-step for one item: Fisher scoring with step halving, never lowering the item's objective. */
function maximiseItem(start: readonly number[], expected: Float64Array, points: Float64Array): number[] {
  let item = [...start];
  let current = itemObjective(item, expected, points);
  for (let iteration = 0; iteration < M_STEP_MAX_ITERATIONS; iteration++) {
    const step = solveLinear(current.information, current.gradient);
    if (step === null) break;
    let scale = 1;
    let accepted: { item: number[]; objective: ItemObjective } | null = null;
    for (let halving = 0; halving < MAX_STEP_HALVINGS; halving++) {
      const candidate = item.map((value, i) => value + scale * (step[i] as number));
      if (admissible(candidate)) {
        const objective = itemObjective(candidate, expected, points);
        if (objective.value >= current.value) {
          accepted = { item: candidate, objective };
          break;
        }
      }
      scale /= 2;
    }
    if (accepted === null) break;
    const moved = Math.max(...accepted.item.map((value, i) => Math.abs(value - (item[i] as number))));
    item = accepted.item;
    current = accepted.objective;
    if (moved < M_STEP_TOLERANCE) break;
  }
  return item;
}
