import { expect, it } from "vitest";
import { addDays } from "../../core/patterns/calendar-date";
import { planInputFromProfile, planWeek, practices } from "../../core/practices/index";
import { personSeed } from "../insights/person-day";
import type { ApiClient } from "../testing/api-client";
import { describeEachDatabase } from "../testing/test-environment";

// A fixed, movable clock: the plan belongs to the week of "today", so the tests walk across weeks.
let now = new Date("2026-06-03T10:00:00Z"); // a Wednesday
const clock = () => now;
const today = () => now.toISOString().slice(0, 10);

const leaning = (itemId: string) => (itemId.startsWith("rel") ? 5 : itemId.startsWith("dis") ? 1 : 3);

async function finishCheck(client: ApiClient, answerFor: (itemId: string) => number) {
  let view = (await client.post("/api/assessments", { mode: "adaptive" })).body;
  for (let guard = 0; view.item; guard++) {
    if (guard > 200) throw new Error("the check never finished");
    view = (
      await client.post(`/api/assessments/${view.id}/answers`, {
        itemId: view.item.id,
        value: answerFor(view.item.id),
      })
    ).body;
  }
  return view;
}

const ids = (plan: { practices: { practice: { id: string } }[] }) => plan.practices.map((p) => p.practice.id);

describeEachDatabase(
  "practices",
  (env) => {
    it("lists the whole library in the person's language, facets named", async () => {
      const { client } = await env().signedIn();
      const english = (await client.get("/api/practices")).body.practices;
      expect(english).toHaveLength(practices.length);
      const ladder = english.find((p: { id: string }) => p.id === "decision-ladder");
      expect(ladder.title).toBe("A ladder of small decisions");
      expect(ladder.rungs.length).toBeGreaterThan(3);
      expect(ladder.facets[0]).toEqual({
        id: "decision-dependence",
        scale: "reliance",
        name: "Deciding through others",
      });
      const french = (await client.get("/api/practices?locale=fr")).body.practices;
      expect(french.find((p: { id: string }) => p.id === "decision-ladder").title).toBe(
        "L’échelle des petites décisions",
      );
    });

    it("gives a starter plan before any check, the same all week", async () => {
      now = new Date("2026-06-03T10:00:00Z");
      const { client } = await env().signedIn();
      const plan = (await client.get("/api/practices/plan")).body;
      expect(plan.weekStart).toBe("2026-06-01");
      expect(plan.basis).toEqual({ kind: "starter", assessmentId: null });
      expect(plan.practices).toHaveLength(3);
      expect(plan.practices.every((p: { reason: string }) => p.reason === "general")).toBe(true);
      expect(new Set(plan.practices.map((p: { practice: { scale: string } }) => p.practice.scale))).toEqual(
        new Set(["self-trust", "connection"]),
      );
      now = new Date("2026-06-06T10:00:00Z");
      const again = (await client.get("/api/practices/plan")).body;
      expect(again).toEqual(plan);
    });

    it("plans from the latest check: the person's focus facets first, then a strength; never last week's set", async () => {
      now = new Date("2026-06-03T10:00:00Z");
      const { client, userId } = await env().signedIn();
      const check = await finishCheck(client, leaning);
      const plan = (await client.get(`/api/practices/plan?today=${today()}`)).body;
      expect(plan.basis).toEqual({ kind: "profile", assessmentId: check.id });
      const expected = planWeek({
        ...planInputFromProfile(check.result.profile),
        previousPlans: [],
        weekStart: "2026-06-01",
        seed: personSeed(userId),
      });
      expect(ids(plan)).toEqual(expected.practiceIds);
      expect(plan.practices.map((p: { reason: string }) => p.reason)).toEqual(["focus", "focus", "strength"]);
      expect(plan.practices[0].facet.id).toBe(check.result.profile.focusFacets[0].facet);

      now = new Date("2026-06-10T10:00:00Z");
      const next = (await client.get("/api/practices/plan")).body;
      expect(next.weekStart).toBe("2026-06-08");
      expect(new Set(ids(next))).not.toEqual(new Set(ids(plan)));
    });

    it("lets the person choose: picks first, kept practices keep their reason, the rule fills the rest", async () => {
      now = new Date("2026-06-03T10:00:00Z");
      const { client } = await env().signedIn();
      const plan = (await client.get("/api/practices/plan")).body;
      const [first, second] = ids(plan);
      const swapped = await client.put("/api/practices/plan", { practiceIds: [first, second, "solo-hour"] });
      expect(swapped.status).toBe(200);
      expect(ids(swapped.body)).toEqual([first, second, "solo-hour"]);
      expect(swapped.body.practices.map((p: { reason: string }) => p.reason)).toEqual([
        plan.practices[0].reason,
        plan.practices[1].reason,
        "chosen",
      ]);
      expect(swapped.body.chosen).toBe(true);
      expect(swapped.body.createdAt).toBe(plan.createdAt);
      expect((await client.get("/api/practices/plan")).body).toEqual(swapped.body);

      const one = (await client.put("/api/practices/plan", { practiceIds: ["i-statements"] })).body;
      expect(ids(one)[0]).toBe("i-statements");
      expect(one.practices).toHaveLength(3);
      expect(one.chosen).toBe(false);
    });

    it.each([
      [{ practiceIds: ["not-a-practice"] }, "practiceIds.0"],
      [{ practiceIds: ["solo-hour", "solo-hour"] }, "practiceIds"],
      [{ practiceIds: ["solo-hour", "i-statements", "values-compass", "trigger-map"] }, "practiceIds"],
      [{ practiceIds: "solo-hour" }, "practiceIds"],
      [{}, "practiceIds"],
      [{ practiceIds: [], extra: 1 }, "extra"],
    ])("refuses the plan %j naming %s", async (body, field) => {
      const { client } = await env().signedIn();
      const response = await client.put("/api/practices/plan", body);
      expect(response.status).toBe(400);
      expect(Object.keys(response.body.error.fields)).toEqual([field]);
    });

    it("marks a practice done with a reflection, shows it in the week, edits and undoes it", async () => {
      now = new Date("2026-06-03T10:00:00Z");
      const { client } = await env().signedIn();
      const plan = (await client.get("/api/practices/plan")).body;
      const practiceId = ids(plan)[0];
      const done = await client.post("/api/practices/completions", {
        practiceId,
        date: "2026-06-02",
        reflection: "Calmer than I expected.",
      });
      expect(done.status).toBe(201);
      expect(done.body).toMatchObject({
        practiceId,
        date: "2026-06-02",
        reflection: "Calmer than I expected.",
      });
      const withDone = (await client.get("/api/practices/plan")).body;
      expect(withDone.practices[0].completions).toEqual([done.body]);
      expect(withDone.practices[1].completions).toEqual([]);

      const plain = (
        await client.post("/api/practices/completions", { practiceId: "solo-hour", reflection: "  " })
      ).body;
      expect(plain).toMatchObject({ date: "2026-06-03", reflection: null });
      const listed = (await client.get("/api/practices/completions?from=2026-06-01&to=2026-06-07")).body
        .completions;
      expect(listed.map((c: { id: string }) => c.id)).toEqual([done.body.id, plain.id]);

      const edited = await client.put(`/api/practices/completions/${done.body.id}`, {
        date: "2026-06-01",
        reflection: "Rewritten.",
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({
        date: "2026-06-01",
        reflection: "Rewritten.",
        createdAt: done.body.createdAt,
      });
      expect((await client.get(`/api/practices/completions/${done.body.id}`)).body.reflection).toBe(
        "Rewritten.",
      );
      expect((await client.delete(`/api/practices/completions/${done.body.id}`)).status).toBe(204);
      expect((await client.get(`/api/practices/completions/${done.body.id}`)).status).toBe(404);
      expect((await client.delete(`/api/practices/completions/${done.body.id}`)).status).toBe(404);
    });

    it.each([
      [{ practiceId: "no-such-practice" }, "practiceId"],
      [{ practiceId: "solo-hour", date: "2026-06-20" }, "date"],
      [{ practiceId: "solo-hour", date: "2026-02-30" }, "date"],
      [{ practiceId: "solo-hour", reflection: "x".repeat(4001) }, "reflection"],
      [{ practiceId: "solo-hour", reflection: 3 }, "reflection"],
      [{ date: "2026-06-01" }, "practiceId"],
    ])("refuses the completion %j naming %s", async (body, field) => {
      now = new Date("2026-06-03T10:00:00Z");
      const { client } = await env().signedIn();
      const response = await client.post("/api/practices/completions", body);
      expect(response.status).toBe(400);
      expect(Object.keys(response.body.error.fields)).toEqual([field]);
    });

    it("counts progress over weeks without streaks, in the person's language, and exports it all", async () => {
      now = new Date("2026-06-03T10:00:00Z");
      const { client } = await env().signedIn();
      await client.get("/api/practices/plan");
      for (const [practiceId, date, reflection] of [
        ["name-it-to-tame-it", "2026-05-19", "It helped."],
        ["name-it-to-tame-it", "2026-06-02", null],
        ["solo-hour", "2026-06-03", "Ten quiet minutes."],
      ] as const) {
        expect(
          (await client.post("/api/practices/completions", { practiceId, date, reflection })).status,
        ).toBe(201);
      }
      const progress = (await client.get("/api/practices/progress")).body;
      expect(progress).toMatchObject({ totalCompletions: 3, activeWeeks: 2, reflections: 2 });
      expect(progress.summary).toBe(
        "You have practised 3 times, in 2 different weeks. You wrote 2 reflections along the way. Most often: Name it to tame it (2 times).",
      );
      expect(progress.weeks.map((w: { weekStart: string }) => w.weekStart)).toEqual([
        "2026-05-18",
        "2026-06-01",
      ]);
      expect(progress.practices[0]).toMatchObject({
        practiceId: "name-it-to-tame-it",
        completions: 2,
        lastDate: "2026-06-02",
      });
      expect(progress.facets[0]).toHaveProperty("name");
      expect(JSON.stringify(progress)).not.toMatch(/streak|missed/i);
      const french = (await client.get("/api/practices/progress?locale=fr")).body;
      expect(french.summary).toMatch(/^Vous avez pratiqué 3 fois/);

      const exported = (await client.get("/api/export")).body.practices;
      expect(exported.plans).toHaveLength(1);
      expect(exported.plans[0]).toMatchObject({ weekStart: "2026-06-01", chosen: false, assessmentId: null });
      expect(exported.completions.map((c: { reflection: string | null }) => c.reflection)).toEqual([
        "It helped.",
        null,
        "Ten quiet minutes.",
      ]);
    });

    it("refuses a today that is not today anywhere on Earth", async () => {
      now = new Date("2026-06-03T10:00:00Z");
      const { client } = await env().signedIn();
      expect((await client.get("/api/practices/plan?today=2026-06-04")).status).toBe(200);
      const far = await client.get(`/api/practices/plan?today=${addDays(today(), 2)}`);
      expect(far.status).toBe(400);
      expect(far.body.error.fields).toEqual({ today: "must be today's date in your time zone" });
    });
  },
  { clock },
);
