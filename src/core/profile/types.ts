import type { ScaleId } from "../inventory/types";
import type { Locale } from "../locale";

/** The four regions of the balance map (Reliance on one axis, Distance on the other). */
export const regionIds = ["balanced", "leaning-on-others", "keeping-distance", "pulled-both-ways"] as const;
export type RegionId = (typeof regionIds)[number];

/** The three parts of the one-line spectrum, in the order the line shows them. */
export const spectrumZones = ["leaning-on-others", "balanced", "going-it-alone"] as const;
export type SpectrumZone = (typeof spectrumZones)[number];

/**
 * What the line can say: one of its three parts, or "pulled both ways" (both ends at once, which a
 * line cannot place as a dot). One-to-one with the balance map's regions.
 */
export const spectrumReadings = [...spectrumZones, "pulled-both-ways"] as const;
export type SpectrumReading = (typeof spectrumReadings)[number];

/** How a strength (Self-trust, Connection) reads right now. */
export const strengthLevels = ["growing", "steady", "strong"] as const;
export type StrengthLevel = (typeof strengthLevels)[number];

/** How firmly the answers point to the most probable region. */
export type Certainty = "clear" | "likely" | "uncertain";

/** One answer as the assessment stores it: raw value 1..5 as shown to the person. */
export interface ProfileAnswer {
  itemId: string;
  value: number;
}

export interface ProfileScale {
  scale: ScaleId;
  name: string;
  theta: number;
  se: number;
  tScore: number;
  tBand: [number, number];
  classical: number | null;
  answered: number;
}

export interface ProfileRegion {
  /** The most probable region. */
  id: RegionId;
  name: string;
  /** Its probability under the posterior. */
  probability: number;
  /** Every region's probability; they sum to 1. */
  probabilities: Record<RegionId, number>;
  /** Probability that Reliance, and Distance, is above the "high" cut. */
  highProbability: { reliance: number; distance: number };
  certainty: Certainty;
  /** What the region means, in plain words, for this person right now. */
  summary: string;
  /** How sure the reading is, with the figures. */
  certaintyText: string;
}

export interface ProfileSpectrum {
  /** What the line says: the balance map's most probable region in the line's words (never other). */
  reading: SpectrumReading;
  /**
   * The part of the line the dot is in. For the reading "pulled both ways" the line shows no dot and
   * marks both ends; `zone` is then the end of the stronger pull.
   */
  zone: SpectrumZone;
  /** False when the reading is "pulled both ways". */
  showsDot: boolean;
  /** Label of the reading. */
  label: string;
  /** Labels of the three parts, left to right. */
  labels: [string, string, string];
  /** theta(Reliance) − theta(Distance), for reference only: the reading does not come from it. */
  difference: number;
  /** Its standard error, treating the two posteriors as independent. */
  se: number;
  /** 80% interval of the difference. */
  interval: [number, number];
  /** Place on the line, 0 = far "leaning on others", 1 = far "going it alone", inside `zone`'s third. */
  position: number;
  /** The places the dot takes over the 80% box of the two posteriors (low, high). */
  positionInterval: [number, number];
  /** The map's region probabilities under the line's names (keeping distance = going it alone). */
  probabilities: Record<SpectrumReading, number>;
  summary: string;
  /** Set when "pulled both ways" is not the reading but still has a real chance (see the map). */
  note: string | null;
}

export interface ProfileStrength {
  scale: "self-trust" | "connection";
  name: string;
  level: StrengthLevel;
  levelName: string;
  tScore: number;
  reading: string;
  /** Set when the estimate is still too uncertain to lean on. */
  caution: string | null;
}

export interface FocusFacet {
  facet: string;
  scale: ScaleId;
  name: string;
  /** "ease": a pull to soften (Reliance, Distance); "build": a capacity to grow (Self-trust, Connection). */
  direction: "ease" | "build";
  /** The ranking score (see docs/psychometrics.md, "The profile"); higher means more worth working on. */
  need: number;
  /** Whether the facet's own answers informed the ranking, or only its scale's score. */
  evidence: "answers" | "scale";
  why: string;
  dailyLife: string;
  firstStep: string;
}

export interface Profile {
  locale: Locale;
  /** True while the item parameters are provisional. */
  provisional: boolean;
  scales: ProfileScale[];
  region: ProfileRegion;
  spectrum: ProfileSpectrum;
  strengths: ProfileStrength[];
  focusFacets: FocusFacet[];
  notes: { notClinical: string; provisional: string; rightNow: string };
}
