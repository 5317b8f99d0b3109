import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, newCredentials } from "./testing/api-client";
import { type PostgresCluster, startPostgresCluster } from "./testing/postgres-cluster";
import { type ServerProcess, spawnServer } from "./testing/server-process";

// Two real server processes on one PostgreSQL database, as behind a load balancer: they keep no state
// of their own, so a session, an adaptive check and encrypted text move freely between them.
describe("two instances on one PostgreSQL database", () => {
  const root = mkdtempSync(join(tmpdir(), "poise-instances-"));
  let cluster: PostgresCluster;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    const shared = {
      DATABASE_URL: await cluster.createDatabase(),
      POISE_KEY_FILE: join(root, "instance.key"),
    };
    // Started together: both run the migrations and create the key at the same moment.
    [a, b] = await Promise.all([
      spawnServer({ ...shared, POISE_DATA_DIR: join(root, "a") }),
      spawnServer({ ...shared, POISE_DATA_DIR: join(root, "b") }),
    ]);
  }, 120_000);

  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    cluster?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it("accepts on one instance a session created on the other", async () => {
    const onA = new ApiClient(a.url);
    const credentials = newCredentials();
    expect((await onA.post("/api/auth/signup", credentials)).status).toBe(201);
    const onB = new ApiClient(b.url);
    onB.cookie = onA.cookie;
    const me = await onB.get("/api/me");
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(credentials.email);
    // And signing out on B ends it on A too.
    expect((await onB.post("/api/auth/logout")).status).toBe(204);
    expect((await onA.get("/api/me")).status).toBe(401);
  });

  it("continues an adaptive check started on one instance on the other, answer by answer", async () => {
    const onA = new ApiClient(a.url);
    expect((await onA.post("/api/auth/signup", newCredentials())).status).toBe(201);
    const onB = new ApiClient(b.url);
    onB.cookie = onA.cookie;
    const started = (await onA.post("/api/assessments", { mode: "adaptive" })).body;
    let view = started;
    const clients = [onB, onA];
    for (let turn = 0; view.item; turn += 1) {
      const client = clients[turn % 2] as ApiClient;
      const response = await client.post(`/api/assessments/${started.id}/answers`, {
        itemId: view.item.id,
        value: view.item.id.startsWith("dis") ? 5 : 2,
      });
      expect(response.status).toBe(200);
      expect(response.body.progress.answered).toBe(turn + 1);
      view = response.body;
      if (turn > 200) throw new Error("the check never finished");
    }
    expect(view.status).toBe("finished");
    const fromA = (await onA.get(`/api/assessments/${started.id}`)).body;
    const fromB = (await onB.get(`/api/assessments/${started.id}`)).body;
    expect(fromA.result.scores).toEqual(fromB.result.scores);
    expect(fromA.answers.length).toBe(view.progress.answered);
  });

  it("reads on one instance the encrypted text written on the other", async () => {
    const onA = new ApiClient(a.url);
    expect((await onA.post("/api/auth/signup", newCredentials())).status).toBe(201);
    const onB = new ApiClient(b.url);
    onB.cookie = onA.cookie;
    const entry = (await onA.post("/api/journal", { text: "written on A" })).body;
    expect((await onB.get(`/api/journal/${entry.id}`)).body.text).toBe("written on A");
  });
});
