import { regularizedIncompleteBeta } from "./incomplete-beta";
import { logGamma } from "./log-gamma";

const QUANTILE_TOLERANCE = 1e-12;
const QUANTILE_MAX_STEPS = 200;

function checkDegrees(name: string, degrees: number): void {
  if (!(degrees > 0) || !Number.isFinite(degrees)) {
    throw new Error(`${name} requires finite degrees of freedom > 0, got ${degrees}`);
  }
}

/**
 * Cumulative distribution function of Student's t with (possibly fractional) degrees of freedom:
 * P(T <= t) = 1 - I_x(df/2, 1/2) / 2 for t > 0 with x = df / (df + t^2) (Abramowitz & Stegun 26.7.1
 * via 26.5.27). O(cost of the incomplete beta). Example: `studentTCdf(0, 5)` is 0.5.
 */
export function studentTCdf(t: number, degrees: number): number {
  checkDegrees("studentTCdf", degrees);
  if (t === Number.POSITIVE_INFINITY) return 1;
  if (t === Number.NEGATIVE_INFINITY) return 0;
  const tail = 0.5 * regularizedIncompleteBeta(degrees / (degrees + t * t), degrees / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}

/** Density of Student's t. O(1). */
export function studentTDensity(t: number, degrees: number): number {
  checkDegrees("studentTDensity", degrees);
  const logNorm = logGamma((degrees + 1) / 2) - logGamma(degrees / 2) - 0.5 * Math.log(degrees * Math.PI);
  return Math.exp(logNorm - ((degrees + 1) / 2) * Math.log1p((t * t) / degrees));
}

/**
 * Quantile of Student's t: the t with P(T <= t) = p, by Newton steps kept inside a bisection
 * bracket (so it always converges). Example: `studentTQuantile(0.975, 10)` is about 2.228139.
 */
export function studentTQuantile(p: number, degrees: number): number {
  checkDegrees("studentTQuantile", degrees);
  if (!(p > 0 && p < 1)) throw new Error(`studentTQuantile requires 0 < p < 1, got ${p}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, degrees);
  let low = 0;
  let high = 1;
  while (studentTCdf(high, degrees) < p) {
    low = high;
    high *= 2;
  }
  let t = (low + high) / 2;
  for (let step = 0; step < QUANTILE_MAX_STEPS; step++) {
    const error = studentTCdf(t, degrees) - p;
    if (error < 0) low = t;
    else high = t;
    const newton = t - error / studentTDensity(t, degrees);
    const next = newton > low && newton < high ? newton : (low + high) / 2;
    if (Math.abs(next - t) < QUANTILE_TOLERANCE * Math.max(1, Math.abs(t))) return next;
    t = next;
  }
  return t;
}
