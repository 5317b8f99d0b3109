/**
 * What every item response model offers the estimators, the adaptive test and the calibration. The
 * adaptive loop and the scorers only ever talk to this interface, so a new model (a partial-credit model,
 * say) slots in without a single `switch` on the model's kind.
 *
 * Categories are 0-based keyed categories: 0 .. categoryCount − 1, higher meaning more of the trait.
 */
export interface ItemModel {
  /** Number of response categories (2 for a dichotomous item, 5 for a five-point agreement item). */
  readonly categoryCount: number;
  /** log P(X = category | theta), finite wherever the probability is positive, even at |theta| = 6 and a = 3. */
  logProbability(theta: number, category: number): number;
  /** P(X = k | theta) for every k; non-negative, summing to 1. */
  probabilities(theta: number): number[];
  /** Fisher information of the item at theta (never negative). */
  information(theta: number): number;
  /** First and second derivatives in theta of log P(X = category | theta). */
  logLikelihoodDerivatives(theta: number, category: number): { first: number; second: number };
}

/** Graded-response parameters in the slope–intercept form P(X ≥ k | θ) = σ(a·θ + d[k−1]). */
export interface GradedResponseParameters {
  /** Discrimination (slope), a > 0, logistic metric without the 1.702 constant. */
  a: number;
  /** Intercepts in strictly decreasing order, one fewer than the number of categories. */
  d: readonly number[];
}
