import { gradedResponseModel } from "./graded-response";
import type { GradedResponseParameters, ItemModel } from "./item-model";
import { type QuadratureGrid, rectangularNormalGrid } from "./quadrature";

// Memoisation only: every function here returns exactly what its uncached counterpart would, so callers
// stay pure. The caches are bounded so a long-running server calibrating many banks cannot grow them forever.
const MAX_CACHED_ENTRIES = 20_000;

// Items are treated as immutable values: the same object always has the same parameters, so an identity
// lookup skips building the string key (the adaptive loop asks for every remaining item at every step).
const modelsByObject = new WeakMap<object, ItemModel>();
const tablesByObject = new WeakMap<QuadratureGrid, WeakMap<object, Float64Array[]>>();
const grids = new Map<string, QuadratureGrid>();
const tables = new WeakMap<QuadratureGrid, Map<string, Float64Array[]>>();

function parameterKey(parameters: GradedResponseParameters): string {
  return `${parameters.a}|${parameters.d.join(",")}`;
}

function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (cache.size >= MAX_CACHED_ENTRIES) cache.clear();
  const value = make();
  cache.set(key, value);
  return value;
}

/** The graded response model of these parameters, built once. O(K) on a miss, O(K) key on a hit. */
export function cachedGradedModel(parameters: GradedResponseParameters): ItemModel {
  const hit = modelsByObject.get(parameters);
  if (hit !== undefined) return hit;
  // Building a model is cheaper than building the string key of the by-value cache, so a new object
  // (a state just parsed from JSON, say) simply gets its own model.
  const model = gradedResponseModel(parameters);
  modelsByObject.set(parameters, model);
  return model;
}

/** A rectangular normal grid, built once per (nodes, min, max, mean, sd). */
export function cachedRectangularGrid(
  nodes: number,
  min: number,
  max: number,
  mean: number,
  sd: number,
): QuadratureGrid {
  return remember(grids, `${nodes}|${min}|${max}|${mean}|${sd}`, () =>
    rectangularNormalGrid({ nodes, min, max, mean, sd }),
  );
}

/**
 * log P(X = k | θ_q) for every category k and grid node q, computed once per item and grid: the
 * adaptive test then updates a posterior with additions only. O(K · nodes) on a miss.
 */
export function cachedLogProbabilityTable(
  grid: QuadratureGrid,
  parameters: GradedResponseParameters,
): Float64Array[] {
  let byObject = tablesByObject.get(grid);
  if (byObject === undefined) {
    byObject = new WeakMap();
    tablesByObject.set(grid, byObject);
  }
  const hit = byObject.get(parameters);
  if (hit !== undefined) return hit;
  const table = cachedLogProbabilityTableByValue(grid, parameters);
  byObject.set(parameters, table);
  return table;
}

function cachedLogProbabilityTableByValue(
  grid: QuadratureGrid,
  parameters: GradedResponseParameters,
): Float64Array[] {
  let perGrid = tables.get(grid);
  if (perGrid === undefined) {
    perGrid = new Map();
    tables.set(grid, perGrid);
  }
  return remember(perGrid, parameterKey(parameters), () => {
    const model = cachedGradedModel(parameters);
    const rows: Float64Array[] = [];
    for (let k = 0; k < model.categoryCount; k++) {
      const row = new Float64Array(grid.points.length);
      for (let q = 0; q < row.length; q++) row[q] = model.logProbability(grid.points[q] as number, k);
      rows.push(row);
    }
    return rows;
  });
}
