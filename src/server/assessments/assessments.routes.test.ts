import { expect, it } from "vitest";
import type { ApiClient } from "../testing/api-client";
import { describeEachDatabase } from "../testing/test-environment";

// Answers a check to the end: `answerFor` picks each raw answer from the item id.
async function finish(client: ApiClient, id: string, answerFor: (itemId: string) => number) {
  let view = (await client.get(`/api/assessments/${id}`)).body;
  let guard = 0;
  while (view.item) {
    const response = await client.post(`/api/assessments/${id}/answers`, {
      itemId: view.item.id,
      value: answerFor(view.item.id),
    });
    expect(response.status).toBe(200);
    view = response.body;
    guard += 1;
    if (guard > 200) throw new Error("the check never finished");
  }
  return view;
}

const leaning = (itemId: string) => (itemId.startsWith("rel") ? 5 : itemId.startsWith("dis") ? 1 : 3);
const balanced = (itemId: string) => (itemId.startsWith("rel") ? 1 : itemId.startsWith("dis") ? 1 : 4);

describeEachDatabase("assessments", (env) => {
  it("starts an adaptive check with the first item in the chosen language and honest progress", async () => {
    const { client } = await env().signedIn();
    const started = await client.post("/api/assessments", { mode: "adaptive", locale: "fr" });
    expect(started.status).toBe(201);
    expect(started.body.status).toBe("in-progress");
    expect(started.body.item.options).toHaveLength(5);
    expect(started.body.item.options[4].label).toBe("Tout à fait d’accord");
    expect(started.body.item.text.length).toBeGreaterThan(10);
    expect(started.body.progress).toMatchObject({ answered: 0, finished: false });
    expect(started.body.progress.estimatedTotal).toBeGreaterThan(0);
    expect(started.body.result).toBeNull();
  });

  it("runs to a result, lets an earlier answer change, and lists the history with reliable change", async () => {
    const { client } = await env().signedIn();
    const first = (await client.post("/api/assessments", { mode: "adaptive" })).body;
    const done = await finish(client, first.id, leaning);
    expect(done.status).toBe("finished");
    expect(done.finishedAt).not.toBeNull();
    expect(done.result.scores).toHaveLength(4);
    expect(done.result.profile.region.id).toBe("leaning-on-others");
    expect(done.answers.length).toBe(done.progress.answered);

    const firstAnswer = done.answers[0];
    const changed = await client.post(`/api/assessments/${first.id}/answers`, {
      itemId: firstAnswer.itemId,
      value: firstAnswer.value === 5 ? 4 : 5,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.answers[0]).toMatchObject({
      itemId: firstAnswer.itemId,
      value: firstAnswer.value === 5 ? 4 : 5,
    });

    const second = (await client.post("/api/assessments", { mode: "adaptive" })).body;
    await finish(client, second.id, balanced);
    const history = await client.get("/api/assessments");
    expect(history.status).toBe(200);
    expect(history.body.provisional).toBe(true);
    expect(history.body.inProgress).toBeNull();
    expect(history.body.assessments.map((a: { id: string }) => a.id)).toEqual([first.id, second.id]);
    expect(history.body.assessments[0].change).toBeNull();
    const change = history.body.assessments[1].change;
    expect(change.previousId).toBe(first.id);
    const reliance = change.scales.find((s: { scale: string }) => s.scale === "reliance");
    expect(reliance.class).toBe("improvement");
    expect(reliance.difference).toBeLessThan(0);
  });

  it("shows the check in progress for resuming, and survives a restart", async () => {
    const { client } = await env().signedIn();
    const started = (await client.post("/api/assessments", { mode: "full" })).body;
    const answered = await client.post(`/api/assessments/${started.id}/answers`, {
      itemId: started.item.id,
      value: 2,
    });
    await env().restart();
    const resumed = await client.get(`/api/assessments/${started.id}`);
    expect(resumed.status).toBe(200);
    expect(resumed.body.item.id).toBe(answered.body.item.id);
    expect(resumed.body.answers).toEqual([expect.objectContaining({ itemId: started.item.id, value: 2 })]);
    const list = await client.get("/api/assessments");
    expect(list.body.inProgress).toMatchObject({ id: started.id, mode: "full", progress: { answered: 1 } });
  });

  it("refuses answers that do not fit, naming the field", async () => {
    const { client } = await env().signedIn();
    const started = (await client.post("/api/assessments", { mode: "adaptive" })).body;
    const url = `/api/assessments/${started.id}/answers`;
    expect((await client.post(url, { itemId: started.item.id, value: 6 })).body.error.fields).toHaveProperty(
      "value",
    );
    expect(
      (await client.post(url, { itemId: started.item.id, value: 2.5 })).body.error.fields,
    ).toHaveProperty("value");
    expect((await client.post(url, { itemId: "no-such-item", value: 3 })).body.error.fields).toHaveProperty(
      "itemId",
    );
    expect((await client.post(url, { value: 3 })).body.error.fields).toHaveProperty("itemId");
    expect((await client.post("/api/assessments", { mode: "quick" })).body.error.fields).toHaveProperty(
      "mode",
    );
    expect((await client.get("/api/assessments/12345")).body.error.fields).toHaveProperty("id");
  });

  it("deletes a check", async () => {
    const { client } = await env().signedIn();
    const started = (await client.post("/api/assessments", { mode: "adaptive" })).body;
    expect((await client.delete(`/api/assessments/${started.id}`)).status).toBe(204);
    expect((await client.get(`/api/assessments/${started.id}`)).status).toBe(404);
  });
});
