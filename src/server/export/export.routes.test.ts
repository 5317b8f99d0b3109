import { expect, it } from "vitest";
import { describeEachDatabase } from "../testing/test-environment";

describeEachDatabase("export", (env) => {
  it("exports everything the person owns as one versioned document", async () => {
    const { client, email } = await env().signedIn();
    await client.put("/api/checkins/2026-01-01", { mood: 2, feelings: ["calm"], note: "New year, quiet." });
    await client.put("/api/checkins/2026-01-02", {
      mood: -1,
      helped: { strategy: "move", effect: "better" },
    });
    await client.post("/api/journal", { title: "First", text: "One" });
    await client.post("/api/journal", { text: "Two" });
    const started = (await client.post("/api/assessments", { mode: "adaptive" })).body;
    await client.post(`/api/assessments/${started.id}/answers`, { itemId: started.item.id, value: 4 });

    const response = await client.get("/api/export");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /attachment; filename="poise-export-.*\.json"/,
    );
    const doc = response.body;
    expect(doc).toMatchObject({ format: "poise-export", version: 1, account: { email } });
    expect(doc.checkins.map((c: { date: string }) => c.date)).toEqual(["2026-01-01", "2026-01-02"]);
    expect(doc.checkins[0].note).toBe("New year, quiet.");
    expect(doc.journal.map((j: { text: string }) => j.text)).toEqual(["One", "Two"]);
    expect(doc.assessments).toEqual([
      expect.objectContaining({
        id: started.id,
        status: "in-progress",
        answers: [{ itemId: started.item.id, value: 4 }],
      }),
    ]);
  });

  it("exports check-ins and scores as CSV, defusing spreadsheet formulas", async () => {
    const { client } = await env().signedIn();
    await client.put("/api/checkins/2026-01-03", {
      mood: 1,
      feelings: ["calm", "hopeful"],
      note: '=cmd("x"), then more',
    });
    const response = await client.get("/api/export.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const lines = response.text.trim().split("\r\n");
    expect(lines[0]?.startsWith("record,date,mood,energy,feelings")).toBe(true);
    expect(lines[1]).toContain("checkin,2026-01-03,1,,calm;hopeful");
    expect(lines[1]).toContain(`"'=cmd(""x""), then more"`);
  });

  it("contains nothing of anybody else", async () => {
    const a = await env().signedIn();
    const b = await env().signedIn();
    await a.client.put("/api/checkins/2026-02-01", { mood: 3, note: "mine only" });
    const doc = (await b.client.get("/api/export")).body;
    expect(doc.checkins).toEqual([]);
    expect(JSON.stringify(doc)).not.toContain("mine only");
  });
});
