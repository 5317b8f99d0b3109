import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ApiClient, newCredentials } from "./testing/api-client";
import { type ServerProcess, spawnServer } from "./testing/server-process";

// Kill -9 the real server while many check-ins are being written: every write it acknowledged must
// be there after a restart (SQLite in WAL mode with synchronous=FULL commits before answering).
describe("durability of acknowledged writes", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "poise-durability-"));
  const running: ServerProcess[] = [];
  afterAll(async () => {
    for (const server of running) await server.stop("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps every acknowledged check-in after SIGKILL mid-stream", async () => {
    const first = await spawnServer({ POISE_DATA_DIR: dataDir });
    running.push(first);
    const client = new ApiClient(first.url);
    const credentials = newCredentials();
    expect((await client.post("/api/auth/signup", credentials)).status).toBe(201);

    const acknowledged = new Map<string, { mood: number; note: string }>();
    const workers = 24;
    const killAfter = 400;
    let killed = false;
    let attempted = 0;
    const base = Date.parse("2015-01-01T00:00:00Z");
    const worker = async (index: number) => {
      // Every worker writes until the server is gone, so each one's last write is unacknowledged and
      // the kill lands mid-stream however fast the server answers.
      for (let n = 0; ; n += 1) {
        const day = new Date(base + (n * workers + index) * 86_400_000).toISOString().slice(0, 10);
        const body = { mood: ((n + index) % 7) - 3, note: `written ${day} by worker ${index}` };
        attempted += 1;
        try {
          const response = await client.put(`/api/checkins/${day}`, body);
          if (response.status === 201 || response.status === 200) acknowledged.set(day, body);
        } catch {
          return; // the server is gone: this write was never acknowledged
        }
        if (acknowledged.size >= killAfter && !killed) {
          killed = true;
          first.child.kill("SIGKILL");
        }
      }
    };
    await Promise.all(Array.from({ length: workers }, (_, i) => worker(i)));
    await first.stop("SIGKILL");
    expect(first.child.signalCode).toBe("SIGKILL");
    expect(acknowledged.size).toBeGreaterThanOrEqual(killAfter);
    expect(attempted).toBeGreaterThan(acknowledged.size);

    const second = await spawnServer({ POISE_DATA_DIR: dataDir });
    running.push(second);
    const after = new ApiClient(second.url);
    expect((await after.post("/api/auth/login", credentials)).status).toBe(200);
    const stored = new Map<string, { mood: number; note: string | null }>(
      (await after.get("/api/checkins")).body.checkins.map(
        (c: { date: string; mood: number; note: string }) => [c.date, { mood: c.mood, note: c.note }],
      ),
    );
    const missing = [...acknowledged].filter(([day, body]) => {
      const found = stored.get(day);
      return !found || found.mood !== body.mood || found.note !== body.note;
    });
    expect(missing).toEqual([]);
    await second.stop();
  }, 120_000);
});
