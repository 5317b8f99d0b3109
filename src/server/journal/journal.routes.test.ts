import { expect, it } from "vitest";
import { describeEachDatabase } from "../testing/test-environment";

describeEachDatabase("journal", (env) => {
  it("writes, reads, replaces and deletes an entry", async () => {
    const { client } = await env().signedIn();
    const created = await client.post("/api/journal", {
      title: "Évening",
      text: "I waited before replying.",
      promptId: "pause-first",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: "Évening",
      text: "I waited before replying.",
      promptId: "pause-first",
    });
    const id = created.body.id as string;
    expect((await client.get(`/api/journal/${id}`)).body.text).toBe("I waited before replying.");
    const updated = await client.put(`/api/journal/${id}`, { text: "Rewritten.", title: null });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ id, title: null, text: "Rewritten.", promptId: null });
    expect(updated.body.createdAt).toBe(created.body.createdAt);
    expect((await client.delete(`/api/journal/${id}`)).status).toBe(204);
    expect((await client.get(`/api/journal/${id}`)).status).toBe(404);
    expect((await client.put(`/api/journal/${id}`, { text: "again" })).status).toBe(404);
    expect((await client.delete(`/api/journal/${id}`)).status).toBe(404);
  });

  it("lists newest first, a page at a time, without skipping or repeating", async () => {
    const { client } = await env().signedIn();
    const written: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      written.push((await client.post("/api/journal", { text: `entry ${i}` })).body.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await client.get(`/api/journal?limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.status).toBe(200);
      expect(page.body.entries.length).toBeLessThanOrEqual(3);
      seen.push(...page.body.entries.map((e: { id: string }) => e.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...written].reverse());
  });

  it("searches the person's own entries, ignoring case and accents", async () => {
    const { client } = await env().signedIn();
    await client.post("/api/journal", { title: "Un élève", text: "Rien de spécial." });
    await client.post("/api/journal", { text: "The sea was calm." });
    const found = await client.get(`/api/journal?q=${encodeURIComponent("ELEVE")}`);
    expect(found.body.entries.map((e: { title: string | null }) => e.title)).toEqual(["Un élève"]);
    const none = await client.get("/api/journal?q=mountain");
    expect(none.body.entries).toEqual([]);
  });

  it.each([
    ["empty text", { text: "   " }, "text"],
    ["missing text", { title: "only a title" }, "text"],
    ["text too long", { text: "x".repeat(20_001) }, "text"],
    ["title too long", { text: "ok", title: "t".repeat(201) }, "title"],
    ["bad prompt id", { text: "ok", promptId: "Not An Id!" }, "promptId"],
    ["unknown field", { text: "ok", mood: 3 }, "mood"],
  ])("refuses %s, naming the field", async (_what, body, field) => {
    const { client } = await env().signedIn();
    const response = await client.post("/api/journal", body);
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toHaveProperty([field]);
  });

  it("refuses bad ids, limits and cursors as 400s naming the parameter", async () => {
    const { client } = await env().signedIn();
    expect((await client.get("/api/journal/not-an-id")).body.error.fields).toHaveProperty("id");
    expect((await client.get("/api/journal?limit=0")).body.error.fields).toHaveProperty("limit");
    expect((await client.get("/api/journal?limit=abc")).body.error.fields).toHaveProperty("limit");
    expect((await client.get("/api/journal?cursor=bm9wZQ")).body.error.fields).toHaveProperty("cursor");
    expect((await client.get("/api/journal?unknown=1")).body.error.fields).toHaveProperty("unknown");
  });
});
