import { describe, expect, it } from "vitest";
import { addDays } from "./calendar-date";
import type { AfterEffect, Checkin } from "./checkin";
import { computeInsights, type InsightsOptions } from "./compute-insights";
import { holmAdjust } from "./stats/holm";

const options: InsightsOptions = { today: "2024-03-20", days: 30, locale: "en", seed: 11 };

// Twenty days: even days bring "no reply" and pausing to breathe, odd days are calm.
const troubledMoods = [-2, -1, -2, -3, -1, -2, -2, -1, -2, -2];
const calmMoods = [1, 0, 1, 2, 1, 0, 1, 1, 2, 1];
const pauseEffects: AfterEffect[] = [
  "better",
  "better",
  "same",
  "better",
  "better",
  "worse",
  "better",
  "better",
  "better",
  "better",
];

function fixture(): Checkin[] {
  return Array.from({ length: 20 }, (_, i) => {
    const date = addDays("2024-03-01", i);
    if (i % 2 === 0) {
      return {
        date,
        mood: troubledMoods[i / 2]!,
        trigger: "no-reply",
        helped: { strategy: "pause-breathe", effect: pauseEffects[i / 2]! },
      } satisfies Checkin;
    }
    return { date, mood: calmMoods[(i - 1) / 2]! };
  });
}

describe("computeInsights on a hand-computed fixture", () => {
  const report = computeInsights(fixture(), options);
  const noReply = report.triggers.find((t) => t.trigger === "no-reply")!;
  const pause = report.strategies.find((s) => s.strategy === "pause-breathe")!;

  it("compares mood on trigger days with calm days as computed by hand", () => {
    // Means -18/10 and 10/10; variances 3.6/9 = 0.4 and 4/9 (sums of squared deviations by hand).
    const shareTroubled = 0.4 / 10;
    const shareCalm = 4 / 9 / 10;
    const se = Math.sqrt(shareTroubled + shareCalm);
    const df = (shareTroubled + shareCalm) ** 2 / (shareTroubled ** 2 / 9 + shareCalm ** 2 / 9);
    const t975 = 2.1013392731296405; // Student t 0.975 quantile at 17.950 df (SciPy t.ppf)
    expect(noReply.withDays).toMatchObject({ days: 10, mean: -1.8 });
    expect(noReply.otherDays).toMatchObject({ days: 10, mean: 1 });
    expect(noReply.n).toBe(20);
    expect(noReply.effect!.estimate).toBeCloseTo(-2.8, 12);
    expect(df).toBeCloseTo(17.950276243093928, 10);
    expect(noReply.effect!.low).toBeCloseTo(-2.8 - t975 * se, 9);
    expect(noReply.effect!.high).toBeCloseTo(-2.8 + t975 * se, 9);
    // SciPy's ttest_ind(equal_var=False) on the same values.
    expect(noReply.effect!.low).toBeCloseTo(-3.4106350358443542, 9);
    expect(noReply.effect!.high).toBeCloseTo(-2.1893649641556454, 9);
    expect(noReply.pValue).toBeCloseTo(1.617420920858798e-8, 15);
    expect(noReply.effect!.standardized).toBeCloseTo(-2.8 / Math.sqrt((0.4 + 4 / 9) / 2), 12);
    // One-sample t interval of the troubled days: -1.8 ± 2.262157 · sqrt(0.4 / 10).
    expect(noReply.withDays.low).toBeCloseTo(-2.252431432559641, 9);
    expect(noReply.status).toBe("shown");
    expect(noReply.text).toBe(
      "On the 10 days when you were waiting for a reply, your mood was on average 2.8 points lower than on days when nothing set you off (likely between 2.2 and 3.4 lower).",
    );
  });

  it("counts a strategy's outcomes and tests better against worse", () => {
    expect(pause).toMatchObject({ uses: 10, better: 8, same: 1, worse: 1, n: 10 });
    // Sign test: 8 better against 1 worse, 2 · (1 + 9) / 2^9.
    expect(pause.pValue).toBeCloseTo(20 / 512, 14);
    expect(pause.effect!.estimate).toBeCloseTo(8 / 9, 14);
    expect(pause.effect!.low).toBeCloseTo(0.5175034850830056, 9);
    expect(pause.effect!.noEffect).toBe(0.5);
    expect(pause.shareBetter!.estimate).toBeCloseTo(0.8, 14);
    // 0.039 on its own, but Holm multiplies the second smallest p-value by (m - 1) >= 2: not shown.
    expect(pause.adjustedPValue!).toBeGreaterThanOrEqual(2 * pause.pValue!);
    expect(pause.status).toBe("not-clear");
    expect(pause.text).toBeNull();
  });

  it("adjusts every tested comparison together with Holm's method", () => {
    const tested = [...report.changes, ...report.triggers, ...report.strategies, ...report.company].filter(
      (c) => c.pValue !== null,
    );
    expect(tested.length).toBe(report.method.comparisonsTested);
    const expected = holmAdjust(tested.map((c) => c.pValue!));
    tested.forEach((c, i) => {
      expect(c.adjustedPValue).toBeCloseTo(expected[i]!, 14);
    });
    expect(report.insights.every((c) => c.status === "shown" && c.adjustedPValue! < 0.05)).toBe(true);
    expect(report.insights.map((c) => c.id)).toContain("trigger:no-reply");
  });

  it("leaves out what was never noted", () => {
    expect(report.company.every((c) => c.status === "too-little-data" && c.n === 0)).toBe(true);
    expect(report.changes.find((c) => c.metric === "energy")!.status).toBe("too-little-data");
    expect(report.triggers.find((t) => t.trigger === "conflict")).toMatchObject({
      status: "too-little-data",
    });
  });

  it("writes the same finding in French with French numbers", () => {
    const french = computeInsights(fixture(), { ...options, locale: "fr" });
    const text = french.triggers.find((t) => t.trigger === "no-reply")!.text;
    expect(text).toBe(
      "Sur les 10 jours où vous attendiez une réponse, votre humeur était en moyenne plus basse de 2,8 points que les jours sans déclencheur (probablement entre 2,2 et 3,4 points de moins).",
    );
  });
});

describe("week-over-week change on days that are never consecutive", () => {
  // Every other day, so no pair of consecutive days exists and the assumed correlation 0.3 applies.
  const moods = { last: [-1, 0, -1, 0], this: [2, 1, 2, 3] };
  const checkins: Checkin[] = [
    ...moods.last.map((mood, i) => ({ date: addDays("2024-03-07", 2 * i), mood })),
    ...moods.this.map((mood, i) => ({ date: addDays("2024-03-14", 2 * i), mood })),
  ];
  const report = computeInsights(checkins, options);
  const change = report.changes.find((c) => c.metric === "mood")!;

  it("widens each week's variance by the serial-correlation factor", () => {
    // By hand: f = 1 + 2 (3/4 · 0.3 + 2/4 · 0.09 + 1/4 · 0.027) = 1.5535, factor f / (1 - (f - 1)/3).
    const f = 1.5535;
    const factor = f / (1 - (f - 1) / 3);
    // Means 2 and -0.5; variances 2/3 and 1/3 (by hand).
    const shareThis = ((2 / 3) * factor) / 4;
    const shareLast = ((1 / 3) * factor) / 4;
    expect(change.thisWeek).toMatchObject({ days: 4, mean: 2 });
    expect(change.lastWeek).toMatchObject({ days: 4, mean: -0.5 });
    expect(change.effect!.estimate).toBeCloseTo(2.5, 12);
    const se = Math.sqrt(shareThis + shareLast);
    const df = (shareThis + shareLast) ** 2 / (shareThis ** 2 / 3 + shareLast ** 2 / 3);
    expect(df).toBeCloseTo(5.4, 10); // (1 + 1/2)^2 / ((1 + 1/4) / 3) = 5.4 whatever the factor
    const t975At54 = 2.514352014985601; // Student t 0.975 quantile at 5.4 df (SciPy t.ppf)
    expect(change.effect!.high - change.effect!.estimate).toBeCloseTo(t975At54 * se, 9);
  });
});

describe("edge cases", () => {
  it("returns an empty but complete report without data", () => {
    const report = computeInsights([], options);
    expect(report.checkinCount).toBe(0);
    expect(report.insights).toEqual([]);
    expect(report.method.comparisonsTested).toBe(0);
    expect(report.trends).toHaveLength(5);
    for (const trend of report.trends) {
      expect(trend.points).toHaveLength(30);
      expect(trend.points.every((p) => p.value === null && p.average7 === null && p.average30 === null)).toBe(
        true,
      );
      expect(trend.last7).toEqual({ days: 0, mean: null, low: null, high: null });
    }
    expect(report.summary.checkins).toBe(0);
    expect(report.summary.headline).toMatch(/Nothing noted/);
  });

  it("handles a single day", () => {
    const report = computeInsights([{ date: "2024-03-20", mood: 2, energy: 4 }], options);
    expect(report.checkinCount).toBe(1);
    expect(report.insights).toEqual([]);
    const mood = report.trends.find((t) => t.metric === "mood")!;
    expect(mood.points.at(-1)).toEqual({ date: "2024-03-20", value: 2, average7: null, average30: null });
    expect(mood.last7).toEqual({ days: 1, mean: 2, low: null, high: null });
    expect(report.summary.lines[0]).toBe("Mood averaged +2.0.");
  });

  it("claims nothing when every day is the same", () => {
    const same: Checkin[] = Array.from({ length: 60 }, (_, i) => ({
      date: addDays("2024-03-20", -i),
      mood: 0,
      energy: 3,
      trigger: i % 3 === 0 ? "conflict" : undefined,
      company: ["friends"],
      decisions: { alone: 1, afterApproval: 1 },
    }));
    const report = computeInsights(same, { ...options, days: 90 });
    expect(report.insights).toEqual([]);
    expect(report.triggers.find((t) => t.trigger === "conflict")!.status).toBe("no-variation");
    expect(report.changes.find((c) => c.metric === "mood")!.status).toBe("no-variation");
    expect(report.changes.find((c) => c.metric === "decisionShare")!.status).toBe("no-variation");
  });

  it("treats null fields from the API as not noted", () => {
    const fromApi = Array.from({ length: 20 }, (_, i) => ({
      date: addDays("2024-03-20", -i),
      mood: i % 3 === 0 ? -2 : 1,
      energy: null,
      feelings: [],
      company: [],
      reassurance: null,
      decisions: null,
      comfortAlone: null,
      trigger: i % 3 === 0 ? ("conflict" as const) : null,
      helped: null,
      note: null,
    }));
    const report = computeInsights(fromApi, options);
    const conflict = report.triggers.find((t) => t.trigger === "conflict")!;
    expect(conflict.withDays.days).toBe(7);
    expect(conflict.otherDays.days).toBe(13); // null trigger counts as a calm day
    expect(report.company.every((c) => c.n === 0)).toBe(true);
    expect(report.trends.find((t) => t.metric === "energy")!.points.every((p) => p.value === null)).toBe(
      true,
    );
  });

  it("keeps gaps as empty days and averages only the days present", () => {
    const sparse: Checkin[] = [
      { date: "2024-03-14", mood: 1 },
      { date: "2024-03-16", mood: 3 },
      { date: "2024-03-17", mood: -1 },
      { date: "2024-03-20", mood: 1 },
    ];
    const mood = computeInsights(sparse, options).trends.find((t) => t.metric === "mood")!;
    expect(mood.points.map((p) => p.date).slice(-3)).toEqual(["2024-03-18", "2024-03-19", "2024-03-20"]);
    expect(mood.points.at(-2)!.value).toBeNull();
    expect(mood.points.at(-1)!.average7).toBe(1); // (1 + 3 - 1 + 1) / 4 over 4 of 7 days
    expect(mood.points.at(-2)!.average7).toBeNull(); // only 3 days in 03-13..03-19
  });

  it("reads dates as calendar days: leap days, later check-ins and earlier history", () => {
    const checkins: Checkin[] = [
      { date: "2024-02-28", mood: 1 },
      { date: "2024-02-29", mood: 2 },
      { date: "2024-03-01", mood: 3 },
      { date: "2024-03-02", mood: -3 }, // after today: ignored
    ];
    const report = computeInsights(checkins, { ...options, today: "2024-03-01" });
    expect(report.checkinCount).toBe(3);
    expect(report.from).toBe("2024-02-01");
    const mood = report.trends.find((t) => t.metric === "mood")!;
    expect(mood.points.at(-2)).toMatchObject({ date: "2024-02-29", value: 2 });
    expect(mood.last7.mean).toBe(2);
  });

  it("uses history before the window for rolling averages only", () => {
    const checkins: Checkin[] = Array.from({ length: 40 }, (_, i) => ({
      date: addDays("2024-03-20", -i),
      mood: i >= 30 ? -3 : 1,
      trigger: i >= 30 ? "conflict" : undefined,
    }));
    const report = computeInsights(checkins, options);
    expect(report.checkinCount).toBe(30);
    expect(report.triggers.find((t) => t.trigger === "conflict")!.withDays.days).toBe(0);
    const first = report.trends.find((t) => t.metric === "mood")!.points[0]!;
    expect(first.average7).toBe((6 * -3 + 1) / 7);
  });

  it("refuses malformed input, naming the problem", () => {
    expect(() => computeInsights([{ date: "2024-03-01", mood: 4 }], options)).toThrow(/mood/);
    expect(() => computeInsights([{ date: "2024-02-30", mood: 0 }], options)).toThrow(/date/);
    expect(() =>
      computeInsights(
        [
          { date: "2024-03-01", mood: 0 },
          { date: "2024-03-01", mood: 1 },
        ],
        options,
      ),
    ).toThrow(/one check-in per date/);
    expect(() => computeInsights([], { ...options, days: 60 as 30 })).toThrow(/days of 30, 90 or 365/);
    expect(() => computeInsights([], { ...options, today: "20/03/2024" })).toThrow(/today/);
  });

  it("is deterministic for a seed and plain JSON", () => {
    const checkins: Checkin[] = Array.from({ length: 50 }, (_, i) => ({
      date: addDays("2024-03-20", -i),
      mood: ((i * 7) % 5) - 2,
      decisions: { alone: i % 4, afterApproval: (i * 3) % 5 },
    }));
    const first = computeInsights(checkins, { ...options, days: 90 });
    const again = computeInsights([...checkins].reverse(), { ...options, days: 90 });
    expect(again).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    const share = first.trends.find((t) => t.metric === "decisionShare")!;
    expect(share.last30.days).toBeGreaterThanOrEqual(20); // bootstrap interval, seeded
    const otherSeed = computeInsights(checkins, { ...options, days: 90, seed: 12 });
    expect(otherSeed.trends.find((t) => t.metric === "decisionShare")!.last30.low).not.toBe(share.last30.low);
  });
});
