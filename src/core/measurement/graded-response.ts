import type { GradedResponseParameters, ItemModel } from "./item-model";
import { logSigmoidDifference, sigmoid } from "./log-logistic";

/**
 * Samejima's graded response model in the slope–intercept form used by mirt:
 * P(X ≥ k | θ) = σ(a·θ + d[k−1]) for k = 1 .. K−1, P(X ≥ 0) = 1, P(X ≥ K) = 0, and
 * P(X = k) = P(X ≥ k) − P(X ≥ k+1). The two-parameter logistic model is its two-category case
 * (one intercept d = −a·b).
 *
 * Derivatives use the closed forms ∂/∂θ log P(X = k) = a·(1 − P*ₖ − P*ₖ₊₁) and
 * ∂²/∂θ² log P(X = k) = −a²·(P*ₖQ*ₖ + P*ₖ₊₁Q*ₖ₊₁), which never divide by a vanishing probability, and the
 * information I(θ) = a²·Σₖ P(X = k)·(P*ₖQ*ₖ + P*ₖ₊₁Q*ₖ₊₁) (the expected negative second derivative).
 *
 * Reference: Samejima (1969), Psychometrika Monograph 17; parametrisation of mirt's `graded` item type
 * (Chalmers 2012, Journal of Statistical Software 48(6)). Every method is O(K).
 *
 * @example
 * const item = gradedResponseModel({ a: 1.5, d: [2, 0.5, -0.5, -2] });
 * item.probabilities(0); // five probabilities summing to 1
 * item.information(0); // ≈ 0.71
 */
export function gradedResponseModel(parameters: GradedResponseParameters): ItemModel {
  assertGradedParameters(parameters.a, parameters.d, "gradedResponseModel");
  return new GradedResponseItem(parameters.a, Float64Array.from(parameters.d));
}

// A class rather than closures: every item shares one set of methods, so building a model for each item
// of a freshly parsed assessment state is cheap and the hot methods stay optimised across items.
class GradedResponseItem implements ItemModel {
  readonly categoryCount: number;

  constructor(
    private readonly a: number,
    private readonly intercepts: Float64Array,
  ) {
    this.categoryCount = intercepts.length + 1;
  }

  /** Linear predictor bounding category k from above (P*_k): +∞ for the lowest category. */
  private upperArgument(theta: number, category: number): number {
    return category === 0
      ? Number.POSITIVE_INFINITY
      : this.a * theta + (this.intercepts[category - 1] as number);
  }

  /** Linear predictor bounding category k from below (P*_{k+1}): −∞ for the highest category. */
  private lowerArgument(theta: number, category: number): number {
    return category === this.categoryCount - 1
      ? Number.NEGATIVE_INFINITY
      : this.a * theta + (this.intercepts[category] as number);
  }

  private checkCategory(category: number, caller: string): void {
    if (!Number.isInteger(category) || category < 0 || category >= this.categoryCount) {
      throw new Error(`${caller} requires a category from 0 to ${this.categoryCount - 1}, got ${category}`);
    }
  }

  logProbability(theta: number, category: number): number {
    this.checkCategory(category, "logProbability");
    return logSigmoidDifference(this.upperArgument(theta, category), this.lowerArgument(theta, category));
  }

  probabilities(theta: number): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.categoryCount; k++) {
      out.push(Math.exp(logSigmoidDifference(this.upperArgument(theta, k), this.lowerArgument(theta, k))));
    }
    return out;
  }

  information(theta: number): number {
    // One pass over the boundaries: category k lies between P*_k (upper) and P*_{k+1} (lower).
    const { a, intercepts, categoryCount } = this;
    let sum = 0;
    let upper = 1;
    let upperSpread = 0;
    for (let k = 0; k < categoryCount; k++) {
      const lower = k === categoryCount - 1 ? 0 : sigmoid(a * theta + (intercepts[k] as number));
      const lowerSpread = lower * (1 - lower);
      const probability = upper - lower;
      if (probability > 0) sum += probability * (upperSpread + lowerSpread);
      upper = lower;
      upperSpread = lowerSpread;
    }
    return a * a * sum;
  }

  logLikelihoodDerivatives(theta: number, category: number): { first: number; second: number } {
    this.checkCategory(category, "logLikelihoodDerivatives");
    const { a } = this;
    const upper = category === 0 ? 1 : sigmoid(this.upperArgument(theta, category));
    const lower = category === this.categoryCount - 1 ? 0 : sigmoid(this.lowerArgument(theta, category));
    return {
      first: a * (1 - upper - lower),
      second: -a * a * (upper * (1 - upper) + lower * (1 - lower)),
    };
  }
}

/** b_k = −d_k / a: the theta at which P(X ≥ k) = 1/2, in increasing order. O(K). */
export function thresholdsFromIntercepts(a: number, d: readonly number[]): number[] {
  return d.map((value) => -value / a);
}

/** d_k = −a · b_k, the inverse of `thresholdsFromIntercepts`. O(K). */
export function interceptsFromThresholds(a: number, b: readonly number[]): number[] {
  return b.map((value) => -a * value);
}

/** Throws "<caller> requires …" unless a is positive and finite and d is a non-empty, strictly decreasing list. */
export function assertGradedParameters(a: number, d: readonly number[], caller: string): void {
  if (!Number.isFinite(a) || a <= 0)
    throw new Error(`${caller} requires a positive finite discrimination, got ${a}`);
  if (d.length === 0) throw new Error(`${caller} requires at least one intercept`);
  for (let i = 0; i < d.length; i++) {
    if (!Number.isFinite(d[i])) throw new Error(`${caller} requires finite intercepts, got ${d[i]}`);
    if (i > 0 && (d[i] as number) >= (d[i - 1] as number)) {
      throw new Error(`${caller} requires strictly decreasing intercepts, got [${d.join(", ")}]`);
    }
  }
}
