/** The T-score metric: mean 50 and SD 10 in the calibration population. */
export const T_SCORE_MEAN = 50;
export const T_SCORE_SD = 10;

/**
 * T = 50 + 10·θ. Reference: the conventional T metric (McCall 1922), as PROMIS reports IRT scores. O(1).
 *
 * @example toTScore(1.2) // 62
 */
export function toTScore(theta: number): number {
  return T_SCORE_MEAN + T_SCORE_SD * theta;
}

/** θ = (T − 50) / 10, the inverse of `toTScore`. O(1). */
export function thetaFromTScore(tScore: number): number {
  return (tScore - T_SCORE_MEAN) / T_SCORE_SD;
}

/** Maps an interval on the theta metric to the T metric. O(1). */
export function tScoreInterval(interval: readonly [number, number]): [number, number] {
  return [toTScore(interval[0]), toTScore(interval[1])];
}
