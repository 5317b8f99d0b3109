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
  const { a } = parameters;
  const d = Array.from(parameters.d);
  assertGradedParameters(a, d, "gradedResponseModel");
  const categoryCount = d.length + 1;
  // Scratch space for the cumulative probabilities P*_0..P*_K, reused so information() allocates nothing.
  const cumulative = new Float64Array(categoryCount + 1);

  // Linear predictor bounding category k from above (P*_k) and below (P*_{k+1}); ±∞ at the ends.
  const upperArgument = (theta: number, category: number) =>
    category === 0 ? Number.POSITIVE_INFINITY : a * theta + (d[category - 1] as number);
  const lowerArgument = (theta: number, category: number) =>
    category === categoryCount - 1 ? Number.NEGATIVE_INFINITY : a * theta + (d[category] as number);

  const fillCumulative = (theta: number) => {
    cumulative[0] = 1;
    for (let m = 1; m < categoryCount; m++) cumulative[m] = sigmoid(a * theta + (d[m - 1] as number));
    cumulative[categoryCount] = 0;
  };

  const checkCategory = (category: number, caller: string) => {
    if (!Number.isInteger(category) || category < 0 || category >= categoryCount) {
      throw new Error(`${caller} requires a category from 0 to ${categoryCount - 1}, got ${category}`);
    }
  };

  return {
    categoryCount,
    logProbability(theta, category) {
      checkCategory(category, "logProbability");
      return logSigmoidDifference(upperArgument(theta, category), lowerArgument(theta, category));
    },
    probabilities(theta) {
      const out: number[] = [];
      for (let k = 0; k < categoryCount; k++) {
        out.push(Math.exp(logSigmoidDifference(upperArgument(theta, k), lowerArgument(theta, k))));
      }
      return out;
    },
    information(theta) {
      fillCumulative(theta);
      let sum = 0;
      for (let k = 0; k < categoryCount; k++) {
        const upper = cumulative[k] as number;
        const lower = cumulative[k + 1] as number;
        const probability = Math.max(0, upper - lower);
        sum += probability * (upper * (1 - upper) + lower * (1 - lower));
      }
      return a * a * sum;
    },
    logLikelihoodDerivatives(theta, category) {
      checkCategory(category, "logLikelihoodDerivatives");
      const upper = category === 0 ? 1 : sigmoid(upperArgument(theta, category));
      const lower = category === categoryCount - 1 ? 0 : sigmoid(lowerArgument(theta, category));
      return {
        first: a * (1 - upper - lower),
        second: -a * a * (upper * (1 - upper) + lower * (1 - lower)),
      };
    },
  };
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
