import { expect, it } from "vitest";
import { describeEachDatabase } from "./testing/test-environment";

const ownedTables = [
  "checkins",
  "journal_entries",
  "assessments",
  "sessions",
  "practice_plans",
  "practice_completions",
] as const;

describeEachDatabase("privacy at rest", (env) => {
  it("never stores journal text, titles, check-in notes or practice reflections in plain text", async () => {
    const { client } = await env().signedIn();
    const marker = `marker-${crypto.randomUUID()}`;
    expect(
      (await client.post("/api/journal", { title: `${marker}-title`, text: `${marker}-text` })).status,
    ).toBe(201);
    expect((await client.put("/api/checkins/2026-03-03", { mood: 0, note: `${marker}-note` })).status).toBe(
      201,
    );
    const reflection = `${marker}-reflection`;
    const done = await client.post("/api/practices/completions", { practiceId: "solo-hour", reflection });
    expect(done.status).toBe(201);
    expect(
      (await client.put(`/api/practices/completions/${done.body.id}`, { date: "2026-03-03", reflection }))
        .status,
    ).toBe(200);
    expect((await client.get(`/api/practices/completions/${done.body.id}`)).body.reflection).toBe(reflection);
    const entries = (await client.get("/api/journal")).body.entries;
    expect(entries[0].text).toBe(`${marker}-text`);
    const stored = env().storedText();
    expect(stored.length).toBeGreaterThan(1000);
    expect(stored).not.toContain(marker);
    // The check is able to fail: an unencrypted value written the same way is found.
    expect(stored).toContain("2026-03-03");
  });

  it("deletes every row a person owns, their wrapped key included", async () => {
    const { client, password, userId, email } = await env().signedIn();
    await client.put("/api/checkins/2026-03-04", { mood: 1, note: "bye" });
    await client.post("/api/journal", { text: "bye" });
    await client.post("/api/assessments", { mode: "adaptive" });
    await client.get("/api/practices/plan");
    await client.post("/api/practices/completions", { practiceId: "solo-hour", reflection: "bye" });
    const { db } = env().database();
    const countRows = async () => {
      let total = 0;
      for (const table of ownedTables) {
        const row = await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("user_id", "=", userId)
          .executeTakeFirstOrThrow();
        total += Number(row.n);
      }
      const user = await db.selectFrom("users").select("wrapped_data_key").where("id", "=", userId).execute();
      return total + user.length;
    };
    expect(await countRows()).toBeGreaterThanOrEqual(7);
    expect(env().storedText()).toContain(email);
    expect((await client.delete("/api/me", { password })).status).toBe(204);
    expect(await countRows()).toBe(0);
    const stored = env().storedText();
    expect(stored).not.toContain(userId);
    expect(stored).not.toContain(email);
  });
});
