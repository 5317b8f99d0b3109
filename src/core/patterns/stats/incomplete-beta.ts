import { logGamma } from "./log-gamma";

const CONTINUED_FRACTION_TOLERANCE = 1e-15;
const CONTINUED_FRACTION_MAX_STEPS = 20_000;
const TINY = 1e-300;

// Modified Lentz evaluation of the continued fraction for I_x(a, b) (Numerical Recipes, 3rd ed.,
// section 6.4, "betacf"). Converges quickly for x < (a + 1) / (a + b + 2).
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= CONTINUED_FRACTION_MAX_STEPS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < CONTINUED_FRACTION_TOLERANCE) return h;
  }
  throw new Error(`regularizedIncompleteBeta did not converge for a=${a}, b=${b}, x=${x}`);
}

/**
 * The regularized incomplete beta function I_x(a, b) = B(x; a, b) / B(a, b), for a, b > 0 and
 * 0 <= x <= 1. Reference: Numerical Recipes, 3rd ed., section 6.4 (continued fraction with the
 * symmetry I_x(a, b) = 1 - I_{1-x}(b, a)). O(sqrt(max(a, b))) steps.
 * Example: `regularizedIncompleteBeta(0.5, 2, 2)` is 0.5.
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0)) throw new Error(`regularizedIncompleteBeta requires a, b > 0, got ${a}, ${b}`);
  if (!(x >= 0 && x <= 1)) throw new Error(`regularizedIncompleteBeta requires 0 <= x <= 1, got ${x}`);
  if (x === 0 || x === 1) return x;
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x);
  const front = Math.exp(logFront);
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

const INVERSE_TOLERANCE = 1e-13;

/**
 * The x for which I_x(a, b) = p (the beta distribution's quantile), by bisection, which is slow but
 * cannot fail since I_x is monotone in x. O(50 evaluations of the incomplete beta).
 * Example: `inverseRegularizedIncompleteBeta(0.5, 2, 2)` is 0.5.
 */
export function inverseRegularizedIncompleteBeta(p: number, a: number, b: number): number {
  if (!(p >= 0 && p <= 1)) throw new Error(`inverseRegularizedIncompleteBeta requires 0 <= p <= 1, got ${p}`);
  if (p === 0 || p === 1) return p;
  let low = 0;
  let high = 1;
  while (high - low > INVERSE_TOLERANCE) {
    const middle = (low + high) / 2;
    if (regularizedIncompleteBeta(middle, a, b) < p) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
