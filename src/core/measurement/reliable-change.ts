import type { ScaleId } from "../inventory/types";
import { improvementDirection } from "./scale-direction";
import type { ScaleScore } from "./scale-score";

/** |z| at or beyond this is a reliable change (two-sided 5%, as Jacobson & Truax proposed). */
export const DEFAULT_CRITICAL_VALUE = 1.96;
/**
 * Provisional reliability and SD of the classical score (mean keyed answer, 1..5) used by the classical
 * RCI until norms from real responses exist: what the provisional parameters imply for the six to seven
 * items an adaptive check gives a scale (`classicalScaleNorms`: SD 0.83–0.85, reliability 0.82–0.85; a
 * full scale reaches 0.92–0.94). Callers that know which items were answered can pass the model-implied
 * values instead. See docs/psychometrics.md, "Reliability and change".
 */
export const DEFAULT_CLASSICAL_RELIABILITY = 0.85;
export const DEFAULT_CLASSICAL_SD = 0.8;

export type ChangeClass = "improvement" | "no-change" | "worsening";

export interface ReliableChangeOptions {
  criticalValue?: number;
  /** Reliability of the classical score (for the Jacobson–Truax RCI). */
  reliability?: number;
  /** Population SD of the classical score. */
  sd?: number;
  /** Which statistic decides the class: the IRT z (default, uses each person's own SEs) or the classical RCI. */
  basis?: "irt" | "classical";
}

export interface ReliableChange {
  scale: ScaleId;
  /** IRT form: z = (θ₂ − θ₁)/√(SE₁² + SE₂²). */
  irt: { difference: number; z: number };
  /** Jacobson–Truax: RCI = (x₂ − x₁)/S_diff, S_diff = SD·√2·√(1 − r); null when a classical score is missing. */
  classical: { difference: number; rci: number; standardErrorOfDifference: number } | null;
  basis: "irt" | "classical";
  class: ChangeClass;
  /** Whether an increase or a decrease counts as improvement on this scale. */
  improvementDirection: "increase" | "decrease";
}

/**
 * Reliable change between two scores of the same scale, in both the IRT form and the classical
 * Jacobson–Truax form, with the outcome class. Direction comes from `improvementDirection`: on Reliance
 * and Distance a reliable decrease is an improvement; on Self-trust and Connection a reliable increase is.
 *
 * Reference: Jacobson & Truax (1991), Journal of Consulting and Clinical Psychology 59(1), 12–19;
 * Jabrayilov, Emons & Sijtsma (2016), Applied Psychological Measurement 40(8) for the IRT form (as in
 * mirt's `RCI`). Complexity O(1).
 *
 * @example reliableChange(before, after).class // "improvement" when Reliance fell by more than the noise
 */
export function reliableChange(
  previous: ScaleScore,
  next: ScaleScore,
  options: ReliableChangeOptions = {},
): ReliableChange {
  const caller = "reliableChange";
  if (previous.scale !== next.scale) {
    throw new Error(
      `${caller} requires two scores of the same scale, got "${previous.scale}" and "${next.scale}"`,
    );
  }
  const criticalValue = options.criticalValue ?? DEFAULT_CRITICAL_VALUE;
  const reliability = options.reliability ?? DEFAULT_CLASSICAL_RELIABILITY;
  const sd = options.sd ?? DEFAULT_CLASSICAL_SD;
  const basis = options.basis ?? "irt";
  if (!(criticalValue > 0))
    throw new Error(`${caller} requires a positive critical value, got ${criticalValue}`);
  if (!(reliability >= 0 && reliability < 1))
    throw new Error(`${caller} requires a reliability in [0, 1), got ${reliability}`);
  if (!(sd > 0)) throw new Error(`${caller} requires a positive sd, got ${sd}`);
  for (const score of [previous, next]) {
    if (!(Number.isFinite(score.theta) && score.se > 0)) {
      throw new Error(`${caller} requires finite thetas and positive standard errors`);
    }
  }

  const difference = next.theta - previous.theta;
  const z = difference / Math.sqrt(previous.se ** 2 + next.se ** 2);
  let classical: ReliableChange["classical"] = null;
  if (previous.classical !== null && next.classical !== null) {
    const standardErrorOfDifference = sd * Math.SQRT2 * Math.sqrt(1 - reliability);
    const classicalDifference = next.classical - previous.classical;
    classical = {
      difference: classicalDifference,
      rci: classicalDifference / standardErrorOfDifference,
      standardErrorOfDifference,
    };
  }
  if (basis === "classical" && classical === null) {
    throw new Error(`${caller} requires classical scores on both occasions for basis "classical"`);
  }
  const statistic = basis === "classical" ? (classical?.rci as number) : z;
  const direction = improvementDirection[next.scale];
  let changeClass: ChangeClass = "no-change";
  if (Math.abs(statistic) >= criticalValue) {
    const increased = statistic > 0;
    changeClass = increased === (direction === "increase") ? "improvement" : "worsening";
  }
  return {
    scale: next.scale,
    irt: { difference, z },
    classical,
    basis,
    class: changeClass,
    improvementDirection: direction,
  };
}
