import { expect, it } from "vitest";
import { describeEachDatabase } from "../testing/test-environment";

const today = new Date().toISOString().slice(0, 10);

describeEachDatabase("safety scan of saved text", (env) => {
  it("answers a check-in note with the signals its words suggest, and saves the note either way", async () => {
    const { client } = await env().signedIn();
    const worrying = await client.put(`/api/checkins/${today}`, {
      mood: -3,
      note: "I want to kill myself tonight.",
    });
    expect(worrying.status).toBe(201);
    expect(worrying.body.safety).toEqual({ signals: ["crisis"] });
    expect(worrying.body.note).toBe("I want to kill myself tonight.");

    const calm = await client.put(`/api/checkins/${today}`, { mood: 1, note: "This project is killing me." });
    expect(calm.status).toBe(200);
    expect(calm.body.safety).toEqual({ signals: [] });
    const none = await client.put(`/api/checkins/${today}`, { mood: 1 });
    expect(none.body.safety).toEqual({ signals: [] });
    expect((await client.get(`/api/checkins/${today}`)).body).not.toHaveProperty("safety");
  });

  it("scans journal entries, title and text, in French as in English, on writing and on editing", async () => {
    const { client } = await env().signedIn();
    const created = await client.post("/api/journal", { text: "Je meurs de rire avec ma sœur." });
    expect(created.status).toBe(201);
    expect(created.body.safety).toEqual({ signals: [] });

    const edited = await client.put(`/api/journal/${created.body.id}`, {
      title: "Ce soir",
      text: "Il me frappe quand je veux voir mes amies, et il garde mon téléphone.",
    });
    expect(edited.status).toBe(200);
    expect(edited.body.safety.signals).toContain("coercion");

    const titled = await client.post("/api/journal", {
      title: "I don't want to be alive anymore",
      text: "Long day.",
    });
    expect(titled.body.safety.signals).toContain("crisis");
  });
});
