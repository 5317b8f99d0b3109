/**
 * Quadrature grids for integrating over a normal latent trait: the points and the log of the normalised
 * prior weights at each point (so Σ exp(logWeights) = 1). Everything that integrates over theta (EAP
 * scoring, the EM calibration, the adaptive test) takes one of these.
 */
export interface QuadratureGrid {
  readonly points: Float64Array;
  readonly logWeights: Float64Array;
}

/** Equally spaced nodes on [min, max]; the default is the one mirt uses to score (121 nodes on [−6, 6]). */
export interface RectangularGridOptions {
  nodes?: number;
  min?: number;
  max?: number;
  /** Prior mean, default 0. */
  mean?: number;
  /** Prior standard deviation, default 1. */
  sd?: number;
}

export const DEFAULT_SCORING_GRID = { nodes: 121, min: -6, max: 6 } as const;

/**
 * A normal prior evaluated on equally spaced nodes and renormalised to sum to 1, as mirt does for both
 * estimation (61 nodes) and EAP scoring (121 nodes) on [−6, 6].
 *
 * Reference: Bock & Aitkin (1981), Psychometrika 46(4); mirt's rectangular quadrature. O(nodes).
 *
 * @example rectangularNormalGrid({ nodes: 61 }).points[30] // 0
 */
export function rectangularNormalGrid(options: RectangularGridOptions = {}): QuadratureGrid {
  const nodes = options.nodes ?? DEFAULT_SCORING_GRID.nodes;
  const min = options.min ?? DEFAULT_SCORING_GRID.min;
  const max = options.max ?? DEFAULT_SCORING_GRID.max;
  const mean = options.mean ?? 0;
  const sd = options.sd ?? 1;
  if (!Number.isInteger(nodes) || nodes < 2)
    throw new Error(`rectangularNormalGrid requires at least 2 nodes, got ${nodes}`);
  if (!(Number.isFinite(min) && Number.isFinite(max) && min < max)) {
    throw new Error(`rectangularNormalGrid requires a finite range with min < max, got [${min}, ${max}]`);
  }
  assertNormalPrior(mean, sd, "rectangularNormalGrid");
  const points = new Float64Array(nodes);
  const logWeights = new Float64Array(nodes);
  const step = (max - min) / (nodes - 1);
  for (let i = 0; i < nodes; i++) {
    const x = i === nodes - 1 ? max : min + i * step;
    points[i] = x;
    const z = (x - mean) / sd;
    logWeights[i] = -0.5 * z * z;
  }
  normaliseLogWeights(logWeights);
  return { points, logWeights };
}

/** Largest Newton correction accepted as converged when polishing a Hermite root. */
const HERMITE_ROOT_TOLERANCE = 1e-14;

/**
 * Gauss–Hermite quadrature mapped onto a normal prior: nodes mean + sd·√2·xᵢ and weights wᵢ/√π, where
 * (xᵢ, wᵢ) integrate f(x)·e^(−x²) exactly for polynomials up to degree 2n − 1. ltm fits its models with
 * 21 of these points.
 *
 * Roots are bracketed on a fine scan of the orthonormal Hermite polynomial, then polished by Newton's
 * method; weights are 2 / (p′ₙ(xᵢ))² in the orthonormal scaling.
 * Reference: Abramowitz & Stegun 25.4.46; Rizopoulos (2006), Journal of Statistical Software 17(5).
 * Complexity O(n²) (n ≤ 200).
 *
 * @example gaussHermiteNormalGrid(21) // 21 nodes, symmetric about 0, weights summing to 1
 */
export function gaussHermiteNormalGrid(nodes: number, mean = 0, sd = 1): QuadratureGrid {
  if (!Number.isInteger(nodes) || nodes < 1 || nodes > 200) {
    throw new Error(`gaussHermiteNormalGrid requires from 1 to 200 nodes, got ${nodes}`);
  }
  assertNormalPrior(mean, sd, "gaussHermiteNormalGrid");
  const roots = hermiteRoots(nodes);
  const points = new Float64Array(nodes);
  const logWeights = new Float64Array(nodes);
  roots.forEach(({ root, weight }, i) => {
    points[i] = mean + sd * Math.SQRT2 * root;
    logWeights[i] = Math.log(weight);
  });
  normaliseLogWeights(logWeights);
  return { points, logWeights };
}

/** Orthonormal Hermite polynomial pₙ(x) (weight e^(−x²)) and its derivative, by the three-term recurrence. */
function hermiteValue(n: number, x: number): { value: number; derivative: number } {
  let previous = 0;
  let current = Math.PI ** -0.25;
  for (let j = 1; j <= n; j++) {
    const next = x * Math.sqrt(2 / j) * current - Math.sqrt((j - 1) / j) * previous;
    previous = current;
    current = next;
  }
  return { value: current, derivative: Math.sqrt(2 * n) * previous };
}

function hermiteRoots(n: number): { root: number; weight: number }[] {
  // Every root lies inside ±√(2n + 1); scan finely enough that no bracket holds two roots.
  const limit = Math.sqrt(2 * n + 1) + 0.5;
  const steps = 64 * n;
  const found: { root: number; weight: number }[] = [];
  let left = -limit;
  let leftValue = hermiteValue(n, left).value;
  for (let s = 1; s <= steps && found.length < n; s++) {
    const right = -limit + (2 * limit * s) / steps;
    const rightValue = hermiteValue(n, right).value;
    if (leftValue === 0 || leftValue * rightValue < 0) {
      let lo = left;
      let hi = right;
      for (let k = 0; k < 60; k++) {
        const mid = 0.5 * (lo + hi);
        const midValue = hermiteValue(n, mid).value;
        if (midValue === 0) {
          lo = hi = mid;
          break;
        }
        if (hermiteValue(n, lo).value < 0 === midValue < 0) lo = mid;
        else hi = mid;
      }
      let root = 0.5 * (lo + hi);
      for (let k = 0; k < 10; k++) {
        const { value, derivative } = hermiteValue(n, root);
        const correction = value / derivative;
        root -= correction;
        if (Math.abs(correction) < HERMITE_ROOT_TOLERANCE) break;
      }
      const { derivative } = hermiteValue(n, root);
      found.push({ root, weight: 2 / (derivative * derivative) });
    }
    left = right;
    leftValue = rightValue;
  }
  if (found.length !== n)
    throw new Error(`gaussHermiteNormalGrid requires a solvable size, found ${found.length} of ${n} roots`);
  return found;
}

function normaliseLogWeights(logWeights: Float64Array): void {
  let max = Number.NEGATIVE_INFINITY;
  for (const w of logWeights) max = Math.max(max, w);
  let sum = 0;
  for (const w of logWeights) sum += Math.exp(w - max);
  const shift = max + Math.log(sum);
  for (let i = 0; i < logWeights.length; i++) logWeights[i] = (logWeights[i] as number) - shift;
}

function assertNormalPrior(mean: number, sd: number, caller: string): void {
  if (!Number.isFinite(mean)) throw new Error(`${caller} requires a finite prior mean, got ${mean}`);
  if (!(Number.isFinite(sd) && sd > 0)) throw new Error(`${caller} requires a positive prior sd, got ${sd}`);
}
