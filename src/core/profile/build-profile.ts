import { inventory as shippedInventory } from "../inventory/index";
import type { Inventory, ScaleId } from "../inventory/types";
import type { Locale } from "../locale";
import type { ScaleScore } from "../measurement/scale-score";
import { facetGuidance } from "./facet-guidance";
import { chooseFocusFacets, facetNeeds, MARKED_NEED } from "./focus-facets";
import { certaintyOf, HIGH_CUT, rankRegions, regionProbabilities } from "./region";
import { spectrumPosition } from "./spectrum";
import { isTentative, strengthLevel } from "./strengths";
import {
  certaintyTexts,
  fillText,
  focusWhyTexts,
  formatPercent,
  noteTexts,
  regionTexts,
  spectrumTexts,
  strengthTexts,
} from "./texts";
import type { Profile, ProfileAnswer, ProfileStrength } from "./types";

export interface ProfileInput {
  /** The four scale scores, one per scale, in any order. */
  scores: readonly ScaleScore[];
  locale: Locale;
  /** Raw answers (1..5); when given, the focus facets use each facet's own answers. */
  answers?: readonly ProfileAnswer[];
  /** The bank the answers refer to; the shipped inventory by default. */
  bank?: Inventory;
}

/** From this probability of "pulled both ways", a line that shows a dot also says both pulls may be strong. */
export const BOTH_PULLS_NOTE = 0.3;

const scaleOrder: ScaleId[] = ["reliance", "distance", "self-trust", "connection"];

function scoresByScale(scores: readonly ScaleScore[]): Record<ScaleId, ScaleScore> {
  const found = new Map<ScaleId, ScaleScore>();
  for (const score of scores) {
    if (!scaleOrder.includes(score.scale))
      throw new Error(`buildProfile requires known scales, got ${score.scale}`);
    if (found.has(score.scale))
      throw new Error(`buildProfile requires one score per scale, ${score.scale} came twice`);
    if (!Number.isFinite(score.theta))
      throw new Error(`buildProfile requires a finite theta for ${score.scale}`);
    if (!(score.se >= 0) || !Number.isFinite(score.se)) {
      throw new Error(`buildProfile requires a finite se ≥ 0 for ${score.scale}`);
    }
    found.set(score.scale, score);
  }
  const missing = scaleOrder.filter((scale) => !found.has(scale));
  if (missing.length > 0) throw new Error(`buildProfile requires a score for ${missing.join(", ")}`);
  return Object.fromEntries(found) as Record<ScaleId, ScaleScore>;
}

/**
 * The profile a person sees after an assessment: the balance-map region with the probability of
 * each region, the one-line spectrum, the two strengths, the three focus facets with a plain
 * explanation and a first step, and the notes that Poise is not a clinical assessment and that the
 * parameters are provisional. Plain data, texts in the requested locale. Rules and cuts are in
 * docs/psychometrics.md, "The profile". O(items + answers).
 *
 * Example: `buildProfile({ scores, locale: "fr" }).region.name` might be "En équilibre".
 */
export function buildProfile(input: ProfileInput): Profile {
  const { locale } = input;
  const bank = input.bank ?? shippedInventory;
  const scores = scoresByScale(input.scores);
  const scaleName = (scale: ScaleId) => bank.scales.find((s) => s.id === scale)?.name[locale] ?? scale;
  const percent = (p: number) => formatPercent(p, locale);

  const { probabilities, highProbability } = regionProbabilities(scores.reliance, scores.distance, HIGH_CUT);
  const ranked = rankRegions(probabilities);
  const top = ranked[0]!;
  const second = ranked[1]!;
  const certainty = certaintyOf(probabilities[top]);
  const certaintyText = fillText(certaintyTexts[certainty][locale], {
    p: percent(probabilities[top]),
    q: percent(probabilities[second]),
    first: regionTexts[top].name[locale],
    second: regionTexts[second].name[locale],
  });

  const spectrum = spectrumPosition(scores.reliance, scores.distance, HIGH_CUT);
  const bothChance = spectrum.probabilities["pulled-both-ways"];

  const strengths: ProfileStrength[] = (["self-trust", "connection"] as const).map((scale) => {
    const score = scores[scale];
    const level = strengthLevel(score.theta);
    return {
      scale,
      name: scaleName(scale),
      level,
      levelName: strengthTexts.levelNames[level][locale],
      tScore: score.tScore,
      reading: strengthTexts[scale][level][locale],
      caution: isTentative(score) ? strengthTexts.caution[locale] : null,
    };
  });

  const focusFacets = chooseFocusFacets(facetNeeds(scores, input.answers, bank)).map((need) => {
    const facet = bank.scales.flatMap((s) => s.facets).find((f) => f.id === need.facet);
    const guidance = facetGuidance[need.facet];
    if (facet === undefined || guidance === undefined) {
      throw new Error(`buildProfile requires guidance for facet ${need.facet}`);
    }
    return {
      facet: need.facet,
      scale: need.scale,
      name: facet.name[locale],
      direction: need.direction,
      need: need.need,
      evidence: need.evidence,
      why: focusWhyTexts[need.direction][need.need >= MARKED_NEED ? "marked" : "mild"][locale],
      dailyLife: guidance.dailyLife[locale],
      firstStep: guidance.firstStep[locale],
    };
  });

  return {
    locale,
    provisional: bank.provisional,
    scales: scaleOrder.map((scale) => {
      const score = scores[scale];
      return {
        scale,
        name: scaleName(scale),
        theta: score.theta,
        se: score.se,
        tScore: score.tScore,
        tBand: score.tBand,
        classical: score.classical,
        answered: score.answered,
      };
    }),
    region: {
      id: top,
      name: regionTexts[top].name[locale],
      probability: probabilities[top],
      probabilities,
      highProbability,
      certainty,
      summary: regionTexts[top].summary[locale],
      certaintyText,
    },
    spectrum: {
      reading: spectrum.reading,
      zone: spectrum.zone,
      showsDot: spectrum.showsDot,
      label: spectrumTexts.labels[spectrum.reading][locale],
      labels: [
        spectrumTexts.labels["leaning-on-others"][locale],
        spectrumTexts.labels.balanced[locale],
        spectrumTexts.labels["going-it-alone"][locale],
      ],
      difference: spectrum.difference,
      se: spectrum.se,
      interval: spectrum.interval,
      position: spectrum.position,
      positionInterval: spectrum.positionInterval,
      probabilities: spectrum.probabilities,
      summary: spectrum.showsDot
        ? fillText(spectrumTexts.summary[locale], {
            where: spectrumTexts.where[spectrum.zone][locale],
            p: percent(spectrum.probabilities[spectrum.reading]),
          })
        : fillText(spectrumTexts.summaryBoth[locale], { p: percent(bothChance) }),
      note:
        spectrum.showsDot && bothChance >= BOTH_PULLS_NOTE
          ? fillText(spectrumTexts.bothPulls[locale], { q: percent(bothChance) })
          : null,
    },
    strengths,
    focusFacets,
    notes: {
      notClinical: noteTexts.notClinical[locale],
      provisional: bank.provisional ? noteTexts.provisional[locale] : "",
      rightNow: noteTexts.rightNow[locale],
    },
  };
}
