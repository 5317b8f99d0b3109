import { describe, expect, it } from "vitest";
import { inventory, scales } from "../inventory/index";
import { type LocalizedText, locales } from "../locale";
import { buildProfile } from "./build-profile";
import { facetGuidance } from "./facet-guidance";
import { findForbiddenWords, forbiddenWords } from "./forbidden-words";
import { fourScores, scaleScore } from "./test-scores";
import {
  certaintyTexts,
  fillText,
  focusWhyTexts,
  focusWhyTogetherTexts,
  noteTexts,
  regionTexts,
  spectrumTexts,
  strengthTexts,
} from "./texts";
import { regionIds } from "./types";

/** Every string inside a value, with where it was found. */
function strings(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((entry, i) => strings(entry, `${path}[${i}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, entry]) => strings(entry, `${path}.${key}`));
  }
  return [];
}

/** Every LocalizedText inside a value (an object whose keys are exactly the locales). */
function localizedTexts(value: unknown, path = ""): [string, LocalizedText][] {
  if (value === null || typeof value !== "object") return [];
  const keys = Object.keys(value);
  if (keys.length === locales.length && locales.every((l) => keys.includes(l))) {
    return [[path, value as LocalizedText]];
  }
  return Object.entries(value).flatMap(([key, entry]) => localizedTexts(entry, `${path}.${key}`));
}

const textTables = {
  regionTexts,
  certaintyTexts,
  spectrumTexts,
  strengthTexts,
  focusWhyTexts,
  focusWhyTogetherTexts,
  noteTexts,
  facetGuidance,
};

const situations = {
  balanced: fourScores({ reliance: -1, distance: -0.8, "self-trust": 0.8, connection: 0.6 }),
  leaning: fourScores({ reliance: 1.8, distance: -0.6, "self-trust": -0.9, connection: 0.1 }),
  distance: fourScores({ reliance: -0.5, distance: 1.6, "self-trust": 0.7, connection: -1.1 }),
  both: fourScores({ reliance: 1.4, distance: 1.3, "self-trust": -0.6, connection: -0.7 }),
  uncertain: fourScores({ reliance: 0.5, distance: 0.4, "self-trust": 0, connection: 0 }, 0.9),
  extreme: fourScores({ reliance: 6, distance: -6, "self-trust": -6, connection: 6 }, 0.05),
};

describe("buildProfile", () => {
  it.each(Object.entries(situations))(
    "%s: region probabilities sum to 1 and the most probable one is named",
    (_n, scores) => {
      for (const locale of locales) {
        const profile = buildProfile({ scores, locale });
        const sum = regionIds.reduce((s, id) => s + profile.region.probabilities[id], 0);
        expect(sum).toBeCloseTo(1, 12);
        expect(profile.region.probability).toBe(
          Math.max(...regionIds.map((id) => profile.region.probabilities[id])),
        );
        expect(profile.strengths.map((s) => s.scale)).toEqual(["self-trust", "connection"]);
        expect(profile.focusFacets).toHaveLength(3);
        expect(profile.scales.map((s) => s.scale)).toEqual([
          "reliance",
          "distance",
          "self-trust",
          "connection",
        ]);
      }
    },
  );

  it("finds the expected region in each clear situation", () => {
    const expected = {
      balanced: "balanced",
      leaning: "leaning-on-others",
      distance: "keeping-distance",
      both: "pulled-both-ways",
    };
    for (const [name, region] of Object.entries(expected)) {
      const profile = buildProfile({ scores: situations[name as keyof typeof expected], locale: "en" });
      expect(profile.region.id, name).toBe(region);
    }
  });

  it("reads the spectrum and the strengths the right way round", () => {
    const leaning = buildProfile({ scores: situations.leaning, locale: "en" });
    expect(leaning.spectrum.zone).toBe("leaning-on-others");
    expect(leaning.strengths[0]!.level).toBe("growing");
    const distance = buildProfile({ scores: situations.distance, locale: "en" });
    expect(distance.spectrum.zone).toBe("going-it-alone");
    expect(distance.strengths.map((s) => s.level)).toEqual(["strong", "growing"]);
    expect(distance.focusFacets.some((f) => f.scale === "distance")).toBe(true);
  });

  it("says 'pulled both ways' on the line too, without a dot, and points to the map", () => {
    const both = buildProfile({ scores: situations.both, locale: "en" });
    expect(both.region.id).toBe("pulled-both-ways");
    expect(both.spectrum.reading).toBe("pulled-both-ways");
    expect(both.spectrum.showsDot).toBe(false);
    expect(both.spectrum.label).toBe("pulled both ways");
    expect(both.spectrum.summary).toMatch(/both pulls are strong right now \(about \d+% likely\)/);
    expect(both.spectrum.summary).toMatch(/balance map/);
    expect(both.spectrum.summary).not.toMatch(/middle/);
    expect(both.spectrum.note).toBeNull();
    expect(buildProfile({ scores: situations.balanced, locale: "en" }).spectrum.note).toBeNull();
  });

  it("notes a real chance of both pulls when the line shows one reading", () => {
    // Reliance clearly high, Distance right at the cut: the map says leaning on others, about 50/50
    // with pulled both ways.
    const scores = fourScores({ reliance: 1.5, distance: 0.45, "self-trust": 0, connection: 0 });
    const profile = buildProfile({ scores, locale: "fr" });
    expect(profile.spectrum.reading).toBe(profile.region.id);
    expect(profile.spectrum.probabilities["pulled-both-ways"]).toBeGreaterThan(0.3);
    expect(profile.spectrum.note).toBe(
      fillText(spectrumTexts.bothPulls.fr, {
        q: `${Math.round(profile.spectrum.probabilities["pulled-both-ways"] * 100)}\u00a0%`,
      }),
    );
  });

  it("gives the line and the map the same reading and the same figure, in both languages", () => {
    for (const [name, scores] of Object.entries(situations)) {
      for (const locale of locales) {
        const profile = buildProfile({ scores, locale });
        const expected = profile.region.id === "keeping-distance" ? "going-it-alone" : profile.region.id;
        expect(profile.spectrum.reading, name).toBe(expected);
        expect(profile.spectrum.probabilities[profile.spectrum.reading], name).toBe(
          profile.region.probability,
        );
      }
    }
  });

  it("is honest about uncertainty: a wide posterior names two plausible regions and flags the strengths", () => {
    const profile = buildProfile({ scores: situations.uncertain, locale: "en" });
    expect(profile.region.certainty).toBe("uncertain");
    expect(profile.region.probability).toBeLessThan(0.5);
    expect(profile.region.certaintyText).toMatch(/near a border/);
    expect(profile.strengths.every((s) => s.caution !== null)).toBe(true);
    const firm = buildProfile({ scores: situations.extreme, locale: "en" });
    expect(firm.region.certainty).toBe("clear");
    expect(firm.strengths.every((s) => s.caution === null)).toBe(true);
  });

  it("always carries the notes: not a clinical assessment, provisional parameters, right now", () => {
    for (const locale of locales) {
      const profile = buildProfile({ scores: situations.balanced, locale });
      expect(profile.provisional).toBe(true);
      expect(profile.notes.notClinical).toBe(noteTexts.notClinical[locale]);
      expect(profile.notes.provisional).toBe(noteTexts.provisional[locale]);
      expect(profile.notes.rightNow.length).toBeGreaterThan(20);
    }
    expect(noteTexts.notClinical.en).toMatch(/not a clinical assessment/);
    expect(noteTexts.notClinical.fr).toMatch(/pas une évaluation clinique/);
  });

  it("uses the person's answers for the focus facets when they are given", () => {
    const answers = inventory.items
      .filter((item) => item.scale === "distance")
      .map((item) => {
        const keyed = item.facet === "withholding-feelings" ? 4 : 1;
        return { itemId: item.id, value: item.reverse ? 5 - keyed : keyed + 1 };
      });
    const profile = buildProfile({ scores: situations.distance, locale: "fr", answers });
    expect(profile.focusFacets[0]!.facet).toBe("withholding-feelings");
    expect(profile.focusFacets[0]!.evidence).toBe("answers");
    expect(profile.focusFacets[0]!.firstStep).toBe(facetGuidance["withholding-feelings"]!.firstStep.fr);
  });

  it("writes every text of every profile in the requested language, never empty, never half-filled", () => {
    for (const scores of Object.values(situations)) {
      const en = buildProfile({ scores, locale: "en" });
      const fr = buildProfile({ scores, locale: "fr" });
      for (const profile of [en, fr]) {
        for (const [path, text] of strings(profile)) {
          if (path === ".locale") continue;
          if (
            !["region.id", "zone", "scale", "facet", "level", "direction", "evidence", "certainty"].some(
              (k) => path.endsWith(k),
            )
          ) {
            expect(text.trim().length, path).toBeGreaterThan(0);
            expect(text, path).not.toMatch(/\{\w+\}/);
          }
        }
      }
      expect(fr.region.summary).not.toBe(en.region.summary);
      expect(fr.focusFacets.map((f) => f.firstStep)).not.toEqual(en.focusFacets.map((f) => f.firstStep));
    }
  });

  it("refuses incomplete or broken scores with a clear message", () => {
    const three = situations.balanced.slice(0, 3);
    expect(() => buildProfile({ scores: three, locale: "en" })).toThrow(/score for connection/);
    expect(() =>
      buildProfile({ scores: [...situations.balanced, scaleScore("reliance", 0, 0.3)], locale: "en" }),
    ).toThrow(/reliance came twice/);
    const broken = fourScores({ reliance: Number.NaN, distance: 0, "self-trust": 0, connection: 0 });
    expect(() => buildProfile({ scores: broken, locale: "en" })).toThrow(/finite theta for reliance/);
  });
});

describe("texts", () => {
  it("has every text table filled in both languages, French different from English", () => {
    const all = localizedTexts(textTables);
    expect(all.length).toBeGreaterThan(60);
    for (const [path, text] of all) {
      for (const locale of locales)
        expect(text[locale].trim().length, `${path}.${locale}`).toBeGreaterThan(0);
      expect(text.fr, path).not.toBe(text.en);
    }
  });

  it("has guidance for exactly the inventory's facets", () => {
    const facets = scales.flatMap((s) => s.facets.map((f) => f.id)).sort();
    expect(Object.keys(facetGuidance).sort()).toEqual(facets);
  });

  it("fills placeholders and refuses a missing value", () => {
    expect(fillText("about {p} for {who}", { p: "40%", who: "you" })).toBe("about 40% for you");
    expect(() => fillText("about {p}", {})).toThrow(/\{p\}/);
  });
});

describe("no diagnostic wording", () => {
  it("catches the forbidden words it lists", () => {
    expect(findForbiddenWords("You are dependent on your partner.", "en")).toEqual(["dependent"]);
    expect(findForbiddenWords("Un trouble de l'attachement", "fr")).toEqual(["trouble"]);
    expect(
      findForbiddenWords(
        "Your answers suggest that, right now, your steadiness leans a lot on others.",
        "en",
      ),
    ).toEqual([]);
    expect(forbiddenWords.en.length).toBeGreaterThan(10);
  });

  it("appears nowhere in the profile's texts, the items, the scales or any built profile", () => {
    const sources: [string, LocalizedText][] = [
      ...localizedTexts(textTables),
      ...localizedTexts(scales, "scales"),
      ...inventory.items.map((item): [string, LocalizedText] => [item.id, item.text]),
    ];
    for (const [path, text] of sources) {
      for (const locale of locales)
        expect(findForbiddenWords(text[locale], locale), `${path}.${locale}`).toEqual([]);
    }
    for (const scores of Object.values(situations)) {
      for (const locale of locales) {
        for (const [path, text] of strings(buildProfile({ scores, locale }))) {
          expect(findForbiddenWords(text, locale), path).toEqual([]);
        }
      }
    }
  });
});
