import type { ScaleId } from "../inventory/types";

/**
 * The score of one scale, as the measurement engine hands it to the profile, the server and the web
 * app. theta is on the calibration metric (mean 0, SD 1 in the reference population, provisional
 * until calibrated); the T-score is 50 + 10 * theta.
 */
export interface ScaleScore {
  scale: ScaleId;
  /** EAP estimate of the latent trait. */
  theta: number;
  /** Posterior standard deviation of theta (the EAP's standard error). */
  se: number;
  /** 50 + 10 * theta. */
  tScore: number;
  /** The T-score's uncertainty band [low, high] (documented coverage, see docs/psychometrics.md). */
  tBand: [number, number];
  /** Classical score: mean of the keyed answers on the 1..5 scale, null when nothing was answered. */
  classical: number | null;
  /** Number of the scale's items answered. */
  answered: number;
}
