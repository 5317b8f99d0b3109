import { describe, expect, it } from "vitest";
import type { Checkin } from "./checkin";
import { computeInsights } from "./compute-insights";

// One week (2024-06-24..30) and the week before, small enough to check every number by hand.
const checkins: Checkin[] = [
  { date: "2024-06-18", mood: -1 },
  { date: "2024-06-20", mood: 0 },
  {
    date: "2024-06-24",
    mood: 1,
    energy: 3,
    decisions: { alone: 2, afterApproval: 1 },
    reassurance: { count: 2 },
    trigger: "no-reply",
    helped: { strategy: "write", effect: "better" },
  },
  { date: "2024-06-26", mood: 2, energy: 4, decisions: { alone: 1, afterApproval: 1 }, comfortAlone: 4 },
  {
    date: "2024-06-27",
    mood: -1,
    reassurance: { count: 5 },
    trigger: "no-reply",
    helped: { strategy: "write", effect: "same" },
  },
  { date: "2024-06-30", mood: 0, trigger: "conflict", helped: { strategy: "move", effect: "better" } },
];

describe("weekly summary", () => {
  it("reads the week in a few lines, in English", () => {
    const { summary } = computeInsights(checkins, { today: "2024-06-30", days: 30, locale: "en", seed: 1 });
    expect(summary.from).toBe("2024-06-24");
    expect(summary.checkins).toBe(4);
    expect(summary.headline).toBe("Your week at a glance: you checked in on 4 of the last 7 days.");
    expect(summary.lines).toEqual([
      "Mood averaged +0.5 (the week before: −0.5).", // (1 + 2 - 1 + 0) / 4 and (-1 + 0) / 2
      "Energy averaged 3.5 out of 5.",
      "Decisions made on your own: 3 of 5 (60%).",
      "Reassurance sought: 3.5 times a day on average.",
      "Ease with time alone: 4.0 out of 5.",
      "What came up most: no reply or little contact (2 days).",
      // write: 1 better of 2 uses, move: 1 of 1; a tie goes to the first in the list.
      "What most often helped: write (better 1 time out of 2).",
    ]);
  });

  it("reads the same week in French", () => {
    const { summary } = computeInsights(checkins, { today: "2024-06-30", days: 30, locale: "fr", seed: 1 });
    expect(summary.headline).toBe("Votre semaine en bref\u00a0: vous avez fait le point 4 jours sur 7.");
    expect(summary.lines).toEqual([
      "Humeur moyenne\u00a0: +0,5 (semaine précédente\u00a0: −0,5).",
      "Énergie moyenne\u00a0: 3,5 sur 5.",
      "Décisions prises par vous-même\u00a0: 3 sur 5 (60\u00a0%).",
      "Recherche de réassurance\u00a0: 3,5 fois par jour en moyenne.",
      "Aisance dans la solitude\u00a0: 4,0 sur 5.",
      "Ce qui est revenu le plus\u00a0: pas de réponse, peu de contact (2 jours).",
      "Ce qui a le plus souvent fait du bien\u00a0: écrire (1 fois sur 2).",
    ]);
  });

  it("says one kind thing after a quiet week", () => {
    const { summary } = computeInsights(checkins, { today: "2024-07-20", days: 30, locale: "fr", seed: 1 });
    expect(summary.checkins).toBe(0);
    expect(summary.lines).toEqual([]);
    expect(summary.headline).toMatch(/une minute suffit pour reprendre/);
  });

  it("counts in the singular and the plural as each language says it", () => {
    const oneDay: Checkin[] = [
      { date: "2024-06-29", mood: 1, trigger: "conflict", helped: { strategy: "move", effect: "better" } },
      { date: "2024-06-30", mood: 0 },
    ];
    const en = computeInsights(oneDay, { today: "2024-06-30", days: 30, locale: "en", seed: 1 }).summary;
    expect(en.lines).toContain("What came up most: a conflict (1 day).");
    expect(en.lines).toContain("What most often helped: move (better 1 time out of 1).");
    const fr = computeInsights(oneDay, { today: "2024-06-30", days: 30, locale: "fr", seed: 1 }).summary;
    expect(fr.headline).toBe("Votre semaine en bref\u00a0: vous avez fait le point 2 jours sur 7.");
    expect(fr.lines).toContain("Ce qui est revenu le plus\u00a0: un conflit (1 jour).");
    const alone = computeInsights([oneDay[0]!], { today: "2024-06-30", days: 30, locale: "fr", seed: 1 });
    expect(alone.summary.headline).toBe("Votre semaine en bref\u00a0: vous avez fait le point 1 jour sur 7.");
  });

  it("never writes a count with the wrong number in any summary (1 time, 2 times; 1 day, 2 days)", () => {
    const texts = [1, 2, 3].flatMap((n) => {
      const week: Checkin[] = Array.from({ length: n }, (_, i) => ({
        date: `2024-06-${30 - i}`,
        mood: 0,
        trigger: "alone",
        helped: { strategy: "write", effect: "better" },
      }));
      return computeInsights(week, { today: "2024-06-30", days: 30, locale: "en", seed: 1 }).summary.lines;
    });
    expect(texts.join("\n")).not.toMatch(/\b1 (times|days|points)\b|\b([02-9]|\d\d+) (time|day|point)\b/);
    expect(texts.join("\n")).toMatch(/better 3 times out of 3/);
  });
});
