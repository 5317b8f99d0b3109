import type { ScaleId } from "../inventory/types";
import type { Locale } from "../locale";

/** The four regions of the balance map (Reliance on one axis, Distance on the other). */
export const regionIds = ["balanced", "leaning-on-others", "keeping-distance", "pulled-both-ways"] as const;
export type RegionId = (typeof regionIds)[number];

/** The three zones of the one-line spectrum, in the order the line shows them. */
export const spectrumZones = ["leaning-on-others", "balanced", "going-it-alone"] as const;
export type SpectrumZone = (typeof spectrumZones)[number];

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
  zone: SpectrumZone;
  label: string;
  /** Labels of the three zones, left to right. */
  labels: [string, string, string];
  /** theta(Reliance) − theta(Distance): positive leans on others, negative goes it alone. */
  difference: number;
  /** Its standard error, treating the two posteriors as independent. */
  se: number;
  /** 80% interval of the difference. */
  interval: [number, number];
  /** Place on the line, 0 = far "leaning on others", 1 = far "going it alone", 0.5 = the middle. */
  position: number;
  /** The 80% interval mapped onto the line the same way (low, high). */
  positionInterval: [number, number];
  probabilities: Record<SpectrumZone, number>;
  summary: string;
  /** Set when the middle of the line hides two strong pulls (see the balance map). */
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
