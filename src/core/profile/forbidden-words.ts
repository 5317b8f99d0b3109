import type { Locale } from "../locale";

/**
 * Words that label or diagnose a person, which Poise never uses in what it shows (PRODUCT.md
 * section 6). Stems match any ending ("patholog" catches "pathological"). Kept short on purpose:
 * tests run every profile text and every item through it.
 */
export const forbiddenWords: Record<Locale, readonly string[]> = {
  en: [
    "diagnos",
    "disorder",
    "patholog",
    "symptom",
    "patient",
    "codependen",
    "co-dependen",
    "dependent",
    "dependence",
    "dependency",
    "borderline",
    "avoidant",
    "clingy",
    "needy",
    "abnormal",
    "dysfunction",
    "illness",
    "suffer",
    "treatment",
    "addict",
  ],
  fr: [
    "diagnos",
    "trouble",
    "patholog",
    "symptôme",
    "patient",
    "codépendan",
    "dépendant",
    "dépendance",
    "borderline",
    "évitant",
    "anormal",
    "dysfonction",
    "maladi",
    "souffr",
    "traitement",
    "addict",
  ],
};

/** The forbidden words a text contains (case-insensitive, at a word start). O(words · length). */
export function findForbiddenWords(text: string, locale: Locale): string[] {
  const lower = text.toLowerCase();
  return forbiddenWords[locale].filter((word) => new RegExp(`(^|[^\\p{L}])${word}`, "u").test(lower));
}
