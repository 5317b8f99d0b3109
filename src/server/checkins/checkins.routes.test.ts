import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestEnvironment,
  describeEachDatabase,
  type TestEnvironment,
} from "../testing/test-environment";

const full = {
  mood: -2,
  energy: 2,
  feelings: ["anxious", "lonely"],
  company: ["alone"],
  reassurance: { count: 4, feltAfter: "worse" },
  decisions: { alone: 1, afterApproval: 3 },
  comfortAlone: 2,
  trigger: "no-reply",
  helped: { strategy: "pause-breathe", effect: "better" },
  note: "Waited two hours for a reply. Écrire m'a aidé.",
};

describeEachDatabase("check-ins", (env) => {
  it("creates a check-in with every field, then replaces it", async () => {
    const { client } = await env().signedIn();
    const created = await client.put("/api/checkins/2026-01-10", full);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ date: "2026-01-10", ...full });
    const fetched = await client.get("/api/checkins/2026-01-10");
    expect(fetched.status).toBe(200);
    expect(fetched.body).toMatchObject(full);

    const replaced = await client.put("/api/checkins/2026-01-10", { mood: 1 });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({
      mood: 1,
      energy: null,
      feelings: [],
      company: [],
      reassurance: null,
      decisions: null,
      comfortAlone: null,
      trigger: null,
      helped: null,
      note: null,
    });
    expect(replaced.body.createdAt).toBe(created.body.createdAt);
  });

  it("lists a range oldest first, with either end open", async () => {
    const { client } = await env().signedIn();
    for (const [day, mood] of [
      ["2025-12-31", 0],
      ["2026-01-02", 2],
      ["2026-01-01", -1],
      ["2026-02-01", 3],
    ] as const) {
      expect((await client.put(`/api/checkins/${day}`, { mood })).status).toBe(201);
    }
    const january = await client.get("/api/checkins?from=2026-01-01&to=2026-01-31");
    expect(january.body.checkins.map((c: { date: string }) => c.date)).toEqual(["2026-01-01", "2026-01-02"]);
    const all = await client.get("/api/checkins");
    expect(all.body.checkins.map((c: { mood: number }) => c.mood)).toEqual([0, -1, 2, 3]);
    const since = await client.get("/api/checkins?from=2026-01-02");
    expect(since.body.checkins).toHaveLength(2);
    const backwards = await client.get("/api/checkins?from=2026-02-01&to=2026-01-01");
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.fields).toHaveProperty("from");
  });

  it("deletes a day's check-in, and a second delete is a 404", async () => {
    const { client } = await env().signedIn();
    await client.put("/api/checkins/2026-01-05", { mood: 0, note: "to be deleted" });
    expect((await client.delete("/api/checkins/2026-01-05")).status).toBe(204);
    expect((await client.get("/api/checkins/2026-01-05")).status).toBe(404);
    expect((await client.delete("/api/checkins/2026-01-05")).status).toBe(404);
  });

  it.each([
    ["mood out of range", "2026-01-03", { mood: 4 }, "mood"],
    ["mood missing", "2026-01-03", { energy: 3 }, "mood"],
    ["fractional mood", "2026-01-03", { mood: 1.5 }, "mood"],
    ["energy out of range", "2026-01-03", { mood: 0, energy: 0 }, "energy"],
    ["unknown feeling", "2026-01-03", { mood: 0, feelings: ["ecstatic"] }, "feelings.0"],
    ["repeated feeling", "2026-01-03", { mood: 0, feelings: ["calm", "calm"] }, "feelings"],
    [
      "absurd reassurance count",
      "2026-01-03",
      { mood: 0, reassurance: { count: 5000 } },
      "reassurance.count",
    ],
    [
      "negative decisions",
      "2026-01-03",
      { mood: 0, decisions: { alone: -1, afterApproval: 0 } },
      "decisions.alone",
    ],
    ["unknown trigger", "2026-01-03", { mood: 0, trigger: "weather" }, "trigger"],
    ["helped without effect", "2026-01-03", { mood: 0, helped: { strategy: "move" } }, "helped.effect"],
    ["unknown field", "2026-01-03", { mood: 0, sleep: 8 }, "sleep"],
    ["note too long", "2026-01-03", { mood: 0, note: "x".repeat(4001) }, "note"],
    ["impossible date", "2026-02-30", { mood: 0 }, "date"],
    ["not a date", "yesterday", { mood: 0 }, "date"],
    ["absurdly old date", "1850-06-01", { mood: 0 }, "date"],
    ["future date", "2999-01-01", { mood: 0 }, "date"],
  ])("refuses %s, naming the field", async (_what, day, body, field) => {
    const { client } = await env().signedIn();
    const response = await client.put(`/api/checkins/${day}`, body);
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toHaveProperty([field]);
    expect(typeof response.body.error.message).toBe("string");
  });
});

describe("check-in dates near midnight", () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment("sqlite", { clock: () => new Date("2026-06-15T11:00:00Z") });
  });
  afterAll(() => env?.close());

  it("accepts tomorrow-in-UTC (already today further east) and refuses the day after", async () => {
    const { client } = await env.signedIn();
    expect((await client.put("/api/checkins/2026-06-16", { mood: 1 })).status).toBe(201);
    const tooFar = await client.put("/api/checkins/2026-06-17", { mood: 1 });
    expect(tooFar.status).toBe(400);
    expect(tooFar.body.error.fields.date).toMatch(/future/);
  });
});
