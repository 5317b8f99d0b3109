/** Beyond this |z| the lower tail is below the smallest double: Φ is 0 or 1. */
const TAIL_LIMIT = 37;
/** Where the rational approximation hands over to the continued fraction (5·√2). */
const RATIONAL_LIMIT = 7.07106781186547;
const SQRT_TWO_PI = 2.506628274631;

/**
 * The standard normal distribution function Φ(z) = P(Z ≤ z), to about 1e-14 absolute and about 1e-9
 * relative in the far lower tail: Hart's (1968) double-precision algorithm 5666 as given by
 * G. West, "Better approximations to cumulative normal functions", Wilmott Magazine (2005): a
 * rational function for |z| < 7.07 and a continued fraction beyond. O(1).
 * Example: `normalCdf(1.959964)` ≈ 0.975.
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) throw new Error("normalCdf requires a number, got NaN");
  const x = Math.abs(z);
  let lower: number;
  if (x > TAIL_LIMIT) {
    lower = 0;
  } else {
    const exponential = Math.exp(-(x * x) / 2);
    if (x < RATIONAL_LIMIT) {
      let numerator = 3.52624965998911e-2 * x + 0.700383064443688;
      numerator = numerator * x + 6.37396220353165;
      numerator = numerator * x + 33.912866078383;
      numerator = numerator * x + 112.079291497871;
      numerator = numerator * x + 221.213596169931;
      numerator = numerator * x + 220.206867912376;
      let denominator = 8.83883476483184e-2 * x + 1.75566716318264;
      denominator = denominator * x + 16.064177579207;
      denominator = denominator * x + 86.7807322029461;
      denominator = denominator * x + 296.564248779674;
      denominator = denominator * x + 637.333633378831;
      denominator = denominator * x + 793.826512519948;
      denominator = denominator * x + 440.413735824752;
      lower = (exponential * numerator) / denominator;
    } else {
      let fraction = x + 0.65;
      fraction = x + 4 / fraction;
      fraction = x + 3 / fraction;
      fraction = x + 2 / fraction;
      fraction = x + 1 / fraction;
      lower = exponential / fraction / SQRT_TWO_PI;
    }
  }
  return z > 0 ? 1 - lower : lower;
}

/**
 * P(X > cut) for X ~ N(mean, sd²); with sd = 0 it is the step 1[mean > cut]. O(1).
 * Example: `probabilityAbove(0.5, 0.3, 0.5)` is 0.5.
 */
export function probabilityAbove(mean: number, sd: number, cut: number): number {
  if (!(sd >= 0) || !Number.isFinite(sd))
    throw new Error(`probabilityAbove requires a finite sd ≥ 0, got ${sd}`);
  if (sd === 0) return mean > cut ? 1 : 0;
  return normalCdf((mean - cut) / sd);
}
