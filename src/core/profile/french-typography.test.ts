import { describe, expect, it } from "vitest";
import * as inventoryModule from "../inventory/index";
import * as patternsModule from "../patterns/index";
import { simulateCheckins } from "../patterns/simulate-checkins";
import * as practicesModule from "../practices/index";
import { buildProfile } from "./build-profile";
import { frenchTypography, frenchTypographyIssues } from "./french-typography";
import * as profileModule from "./index";
import { fourScores } from "./test-scores";

describe("frenchTypography", () => {
  it("writes apostrophes, no-break spaces and guillemets the French way", () => {
    expect(frenchTypography("C'est « simple » : oui ; non ! Vraiment ?")).toBe(
      "C’est «\u00a0simple\u00a0»\u00a0: oui\u202f; non\u202f! Vraiment\u202f?",
    );
    expect(frenchTypography("Déjà ?! Étape 1 : respirer.")).toBe("Déjà\u202f?! Étape 1\u00a0: respirer.");
  });

  it("is idempotent and leaves times and addresses alone", () => {
    const once = frenchTypography("À 10:30, voir https://exemple.fr : d'accord ?");
    expect(once).toBe("À 10:30, voir https://exemple.fr\u00a0: d’accord\u202f?");
    expect(frenchTypography(once)).toBe(once);
  });

  it("finds what breaks the rules, and nothing in a right text", () => {
    expect(frenchTypographyIssues("C'est bon !")).toHaveLength(2);
    expect(frenchTypographyIssues("Dites « oui »")).toEqual(["breaking space inside « »"]);
    expect(frenchTypographyIssues('Il a dit "oui"')).toEqual(["English quotation marks (use « »)"]);
    expect(frenchTypographyIssues(frenchTypography("C'est « simple » : oui ; non ! Vraiment ?"))).toEqual([]);
  });
});

/** Every French text inside a value: the `fr` of each { en, fr } pair, with where it was found. */
function frenchTexts(value: unknown, path: string, seen = new Set<unknown>()): [string, string][] {
  if (value === null || typeof value !== "object" || seen.has(value)) return [];
  seen.add(value);
  const record = value as Record<string, unknown>;
  const found: [string, string][] = [];
  if (typeof record.fr === "string" && typeof record.en === "string") found.push([`${path}.fr`, record.fr]);
  for (const [key, entry] of Object.entries(record))
    found.push(...frenchTexts(entry, `${path}.${key}`, seen));
  return found;
}

/** Every string inside a value built in French (a profile, an insights report, …). */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, entry]) => strings(entry, `${path}.${key}`));
}

/** French strings the core builds: profiles over a grid of scores, insights, weekly summaries, progress. */
function builtFrench(): [string, string][] {
  const found: [string, string][] = [];
  const thetas = [-2, -0.6, 0.45, 1.4];
  for (const reliance of thetas) {
    for (const distance of thetas) {
      for (const se of [0.25, 0.9]) {
        const scores = fourScores(
          { reliance, distance, "self-trust": -reliance, connection: distance - 1 },
          se,
        );
        const profile = buildProfile({ scores, locale: "fr" });
        // Ids, locale codes and numbers are data, not text.
        found.push(
          ...strings(
            { region: profile.region, spectrum: profile.spectrum, notes: profile.notes },
            `profile(${reliance},${distance},${se})`,
          ).filter(([path]) => !/\.(id|zone|reading|certainty)$/.test(path)),
          ...profile.scales.map((s) => [`scale ${s.scale}`, s.name] as [string, string]),
          ...profile.strengths.flatMap((s) =>
            strings([s.name, s.levelName, s.reading, s.caution], "strength"),
          ),
          ...profile.focusFacets.flatMap((f) => strings([f.name, f.why, f.dailyLife, f.firstStep], "focus")),
        );
      }
    }
  }
  // Check-ins with planted effects (so comparisons are stated) and without (so they are not).
  for (const [seed, planted] of [
    [3, true],
    [4, false],
  ] as const) {
    const checkins = simulateCheckins(
      {
        today: "2024-06-30",
        days: 120,
        checkinRate: 0.9,
        triggerRate: 0.6,
        moodAutocorrelation: 0.2,
        ...(planted
          ? {
              triggerWeights: { "no-reply": 5 },
              strategyWeights: { write: 6 },
              triggerMoodShift: { "no-reply": -2 },
              strategyOdds: { write: { better: 0.85, worse: 0.05 } },
              drift: { mood: 1.5, aloneChance: 0.4 },
            }
          : {}),
      },
      seed,
    );
    for (const days of [30, 90] as const) {
      const report = patternsModule.computeInsights(checkins, {
        today: "2024-06-30",
        days,
        locale: "fr",
        seed,
      });
      const texts = [
        ...report.insights,
        ...report.triggers,
        ...report.strategies,
        ...report.company,
        ...report.changes,
      ].map((c) => c.text);
      found.push(
        ...strings(texts, `insights(${seed},${days})`),
        ...strings(report.summary.headline, "summary.headline"),
        ...strings(report.summary.lines, "summary.lines"),
        ...report.feelings.map((f) => [`feeling ${f.id}`, f.label] as [string, string]),
      );
    }
  }
  const empty = patternsModule.computeInsights([], { today: "2024-06-30", days: 30, locale: "fr", seed: 1 });
  found.push(...strings(empty.summary, "summary(empty)"));
  for (const completions of [0, 1, 5]) {
    const progress = practicesModule.practiceProgress(
      Array.from({ length: completions }, (_, i) => ({
        practiceId: practicesModule.practices[i % 2]!.id,
        date: `2024-06-${String(3 + 7 * (i % 3)).padStart(2, "0")}`,
        reflection: i % 2 === 0 ? "Plus calme." : null,
      })),
      [],
    );
    found.push(["progressSummary", practicesModule.progressSummary(progress, "fr")]);
  }
  return found;
}

describe("French typography of every French text the core exports", () => {
  const exported = [
    ...frenchTexts(inventoryModule, "inventory"),
    ...frenchTexts(profileModule, "profile"),
    ...frenchTexts(patternsModule, "patterns"),
    ...frenchTexts(practicesModule, "practices"),
  ];

  it("finds the texts (items, answer options, profile, labels, practices)", () => {
    expect(exported.length).toBeGreaterThan(400);
    const paths = exported.map(([path]) => path).join("\n");
    for (const part of [
      "inventory.answerOptions",
      "inventory.inventory.items",
      "profile.regionTexts",
      "patterns.triggerLabels",
      "practices.practices",
    ]) {
      expect(paths).toContain(part);
    }
  });

  it("uses ’, no-break spaces before ; : ! ? and inside « » in every exported French text", () => {
    const wrong = exported.flatMap(([path, text]) =>
      frenchTypographyIssues(text).map((issue) => `${path}: ${issue}`),
    );
    expect(wrong).toEqual([]);
  });

  it("does the same in every French text the core builds (profiles, insights, weekly summary, progress)", () => {
    const built = builtFrench();
    expect(built.length).toBeGreaterThan(300);
    const wrong = built.flatMap(([path, text]) =>
      frenchTypographyIssues(text).map((issue) => `${path}: ${issue}`),
    );
    expect([...new Set(wrong)]).toEqual([]);
  });
});
