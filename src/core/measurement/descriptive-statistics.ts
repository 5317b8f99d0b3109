/** Small descriptive statistics used by the simulation and the reliability functions. All O(n). */

/** Arithmetic mean; throws on an empty list. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new Error("mean requires at least one value");
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Sample variance (n − 1 denominator); throws with fewer than two values. */
export function sampleVariance(values: readonly number[]): number {
  if (values.length < 2) throw new Error("sampleVariance requires at least two values");
  const m = mean(values);
  let sum = 0;
  for (const v of values) sum += (v - m) ** 2;
  return sum / (values.length - 1);
}

/** Pearson correlation of two equally long lists; NaN when either has no variance. */
export function pearsonCorrelation(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length || x.length < 2) {
    throw new Error("pearsonCorrelation requires two lists of the same length, at least 2");
  }
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** √(mean of squared differences) between estimates and truth. */
export function rootMeanSquareError(estimates: readonly number[], truth: readonly number[]): number {
  if (estimates.length !== truth.length || estimates.length === 0) {
    throw new Error("rootMeanSquareError requires two non-empty lists of the same length");
  }
  let sum = 0;
  for (let i = 0; i < estimates.length; i++) sum += ((estimates[i] as number) - (truth[i] as number)) ** 2;
  return Math.sqrt(sum / estimates.length);
}

/** Quantile with linear interpolation between order statistics (R's type 7, the default of `quantile`). */
export function quantile(values: readonly number[], probability: number): number {
  if (values.length === 0) throw new Error("quantile requires at least one value");
  if (!(probability >= 0 && probability <= 1))
    throw new Error(`quantile requires a probability in [0, 1], got ${probability}`);
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * probability;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (sorted[low] as number) + (position - low) * ((sorted[high] as number) - (sorted[low] as number));
}
