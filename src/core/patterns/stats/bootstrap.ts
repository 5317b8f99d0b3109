import { createRandom, type RandomSource } from "../../random";

/** A bootstrap estimate with its percentile interval. */
export interface BootstrapInterval {
  estimate: number;
  low: number;
  high: number;
  level: number;
  resamples: number;
}

export interface BootstrapOptions {
  seed: number;
  resamples?: number;
  level?: number;
}

/** Default number of resamples: enough for stable 95% percentile limits and p-values down to 1/2000. */
export const DEFAULT_RESAMPLES = 2000;

function resample<T>(sample: readonly T[], random: RandomSource): T[] {
  const drawn = new Array<T>(sample.length);
  for (let i = 0; i < sample.length; i++) drawn[i] = sample[Math.floor(random.next() * sample.length)]!;
  return drawn;
}

/** Type-7 (linear interpolation) quantile of sorted values, as R's default `quantile`. */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (position - below) * (sorted[above]! - sorted[below]!);
}

/**
 * Nonparametric bootstrap percentile interval of a statistic (Efron & Tibshirani 1993, An
 * Introduction to the Bootstrap, ch. 13), resampling whole units (days) with replacement so that
 * everything recorded on one day stays together. Deterministic for a given seed.
 * O(resamples · cost of the statistic). Example: the share of decisions made alone over days.
 */
export function bootstrapInterval<T>(
  sample: readonly T[],
  statistic: (units: readonly T[]) => number,
  options: BootstrapOptions,
): BootstrapInterval {
  if (sample.length === 0) throw new Error("bootstrapInterval requires at least one unit");
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const level = options.level ?? 0.95;
  const random = createRandom(options.seed);
  const replicates = Array.from({ length: resamples }, () => statistic(resample(sample, random)));
  replicates.sort((a, b) => a - b);
  return {
    estimate: statistic(sample),
    low: quantileSorted(replicates, (1 - level) / 2),
    high: quantileSorted(replicates, 1 - (1 - level) / 2),
    level,
    resamples,
  };
}
