import { sql } from "kysely";
import { expect, it } from "vitest";
import { addDays } from "../../core/patterns/calendar-date";
import { computeInsights } from "../../core/patterns/compute-insights";
import { simulateCheckins } from "../../core/patterns/simulate-checkins";
import { describeEachDatabase } from "../testing/test-environment";
import { personSeed } from "./person-day";

const today = new Date().toISOString().slice(0, 10);

// 120 days with a planted 2-point mood cost on "no reply" days and a strategy that mostly helps.
const planted = simulateCheckins(
  {
    today,
    days: 120,
    checkinRate: 0.9,
    triggerRate: 0.5,
    triggerWeights: { "no-reply": 4 },
    strategyWeights: { "pause-breathe": 4 },
    moodAutocorrelation: 0,
    triggerMoodShift: { "no-reply": -2 },
    strategyOdds: { "pause-breathe": { better: 0.85, worse: 0.05 } },
  },
  20261125,
);

describeEachDatabase("insights", (env) => {
  it("computes the core's report from the person's check-ins, with the weekly summary", async () => {
    const { client, userId } = await env().signedIn();
    for (const checkin of planted) {
      const { date, ...body } = checkin;
      expect((await client.put(`/api/checkins/${date}`, body)).status).toBe(201);
    }
    const response = await client.get(`/api/insights?days=90&today=${today}`);
    expect(response.status).toBe(200);
    const expected = computeInsights(planted, { today, days: 90, locale: "en", seed: personSeed(userId) });
    expect(response.body).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(response.body.insights.map((i: { id: string }) => i.id)).toContain("trigger:no-reply");
    expect(response.body.summary.headline).toMatch(/Your week at a glance/);

    const french = await client.get(`/api/insights?days=365&today=${today}&locale=fr`);
    expect(french.body.summary.headline).toMatch(/Votre semaine en bref/);
    expect(french.body.days).toBe(365);
    const byDefault = await client.get(`/api/insights?today=${today}`);
    expect(byDefault.body.days).toBe(30);
    expect(byDefault.body.checkinCount).toBe(planted.filter((c) => c.date > addDays(today, -30)).length);
  });

  it("never reads the notes: a note it could not decrypt does not matter", async () => {
    const { client, userId } = await env().signedIn();
    expect((await client.put(`/api/checkins/${today}`, { mood: 1, note: "private" })).status).toBe(201);
    const { db } = env().database();
    await db
      .updateTable("checkins")
      .set({ note_sealed: sql<string>`'not a sealed value'` })
      .where("user_id", "=", userId)
      .execute();
    const response = await client.get(`/api/insights?today=${today}`);
    expect(response.status).toBe(200);
    expect(response.body.checkinCount).toBe(1);
    // The check can fail: reading the check-ins themselves does decrypt the note.
    expect((await client.get(`/api/checkins/${today}`)).status).toBe(500);
  });

  it.each([
    ["days=7", "days"],
    ["days=thirty", "days"],
    ["days=30&days=90", "days"],
    ["today=2026-02-30", "today"],
    ["today=1999-01-01", "today"],
    ["locale=de", "locale"],
    ["window=30", "window"],
  ])("refuses ?%s naming %s", async (query, field) => {
    const { client } = await env().signedIn();
    const response = await client.get(`/api/insights?${query}`);
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.error.fields)).toEqual([field]);
  });

  it("says nothing about a person with no check-ins", async () => {
    const { client } = await env().signedIn();
    const response = await client.get("/api/insights");
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      checkinCount: 0,
      insights: [],
      summary: { checkins: 0, lines: [] },
    });
  });
});
