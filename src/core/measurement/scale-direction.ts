import type { ScaleId } from "../inventory/types";

/**
 * Which way is better, per scale: the one table the change statistics, the profile and the charts read.
 * Reliance and Distance are the two ways of losing balance, so a decrease is an improvement; Self-trust and
 * Connection are strengths, so an increase is.
 */
export const improvementDirection: Readonly<Record<ScaleId, "decrease" | "increase">> = Object.freeze({
  reliance: "decrease",
  distance: "decrease",
  "self-trust": "increase",
  connection: "increase",
});

/** The four scales in the order every report lists them. */
export const scaleOrder: readonly ScaleId[] = Object.freeze([
  "reliance",
  "distance",
  "self-trust",
  "connection",
]);
