import { describe, expect, it } from "vitest";
import { findForbiddenWords } from "../profile/forbidden-words";
import { computeInsights } from "./compute-insights";
import { measureClaimRate } from "./false-claim-rate";
import { simulateCheckins } from "./simulate-checkins";

// Ninety days of a person for whom waiting for a reply costs two mood points and pausing to
// breathe mostly helps; everything else is noise. The report must find both.
function plantedReport(seed: number, locale: "en" | "fr" = "en") {
  const checkins = simulateCheckins(
    {
      today: "2024-06-30",
      days: 104,
      checkinRate: 0.85,
      triggerRate: 0.5,
      moodAutocorrelation: 0.3,
      triggerWeights: { "no-reply": 6 },
      strategyWeights: { "pause-breathe": 8 },
      triggerMoodShift: { "no-reply": -2 },
      strategyOdds: { "pause-breathe": { better: 0.8, worse: 0.05 } },
    },
    seed,
  );
  return computeInsights(checkins, { today: "2024-06-30", days: 90, locale, seed });
}

describe("planted effects are found", () => {
  const seeds = Array.from({ length: 20 }, (_, i) => 7000 + i);
  const reports = seeds.map((seed) => plantedReport(seed));

  it("finds the costly trigger, with its size inside the interval", () => {
    const found = reports.filter((r) => r.insights.some((i) => i.id === "trigger:no-reply"));
    expect(found.length).toBeGreaterThanOrEqual(18);
    for (const report of found) {
      const trigger = report.triggers[0]!;
      expect(trigger.trigger).toBe("no-reply"); // the costliest comes first
      expect(trigger.effect!.high).toBeLessThan(0);
      // Clipping at -3 shrinks the planted -2 a little; the estimate stays clearly negative.
      expect(trigger.effect!.estimate).toBeLessThan(-1);
    }
  });

  it("finds the strategy that helps", () => {
    const found = reports.filter((r) => r.insights.some((i) => i.id === "strategy:pause-breathe"));
    expect(found.length).toBeGreaterThanOrEqual(16);
    for (const report of found) {
      const strategy = report.strategies.find((s) => s.strategy === "pause-breathe")!;
      expect(strategy.effect!.low).toBeGreaterThan(0.5);
      expect(strategy.text).toMatch(
        /^When you tried pausing to breathe \(\d+ times\), you felt better afterwards/,
      );
    }
  });

  it("rarely claims anything else", () => {
    const others = reports.filter((r) =>
      r.insights.some((i) => i.id !== "trigger:no-reply" && i.id !== "strategy:pause-breathe"),
    );
    expect(others.length).toBeLessThanOrEqual(2);
  });

  it("writes every shown insight in both languages, with real numbers", () => {
    for (const seed of seeds.slice(0, 5)) {
      for (const locale of ["en", "fr"] as const) {
        const report = plantedReport(seed, locale);
        expect(report.insights.length).toBeGreaterThan(0);
        for (const insight of report.insights) {
          expect(insight.text).toBeTruthy();
          expect(insight.text).not.toMatch(/NaN|undefined|null|Infinity/);
          if (locale === "fr") expect(insight.text).toMatch(/\d,\d|\d\u00a0%/);
          expect(findForbiddenWords(insight.text!, locale)).toEqual([]);
        }
        const summary = [report.summary.headline, ...report.summary.lines].join(" ");
        expect(summary).not.toMatch(/NaN|undefined|null/);
        expect(findForbiddenWords(summary, locale)).toEqual([]);
      }
    }
  });
});

// How often a planted effect is found, by window (the figures in docs/design/insights.md):
// POISE_PLANTED_DATASETS=300 npx vitest run src/core/patterns/planted-effect.test.ts
describe("how often planted effects are found", () => {
  const datasets = Number(process.env.POISE_PLANTED_DATASETS ?? 30);
  const plan = (shift: number) => ({
    triggerRate: 0.5,
    moodAutocorrelation: 0.3,
    triggerWeights: { "no-reply": 6 },
    strategyWeights: { "pause-breathe": 5 },
    triggerMoodShift: { "no-reply": shift },
    strategyOdds: { "pause-breathe": { better: 0.7, worse: 0.1 } },
  });

  it("finds more with more days, and a one-point trigger cost within a year", () => {
    const found: Record<string, { trigger: number; strategy: number }> = {};
    for (const days of [30, 90, 365] as const) {
      for (const shift of [-1, -1.5]) {
        const result = measureClaimRate(datasets, plan(shift), 9000, [days]);
        found[`${days} days, ${shift} points`] = {
          trigger: (result.byInsight["trigger:no-reply"] ?? 0) / datasets,
          strategy: (result.byInsight["strategy:pause-breathe"] ?? 0) / datasets,
        };
      }
    }
    console.log("share of datasets where the planted effect is found", found);
    expect(found["365 days, -1 points"]!.trigger).toBeGreaterThanOrEqual(0.8);
    expect(found["365 days, -1 points"]!.strategy).toBeGreaterThanOrEqual(0.8);
    expect(found["90 days, -1.5 points"]!.trigger).toBeGreaterThan(found["30 days, -1.5 points"]!.trigger);
  });
});
