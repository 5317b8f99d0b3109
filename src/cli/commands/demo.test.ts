import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../server/config/load-config";
import { createMemoryLogger } from "../../server/logging/logger";
import { type RunningServer, startServer } from "../../server/start";
import { ApiClient } from "../../server/testing/api-client";
import { type PostgresCluster, startPostgresCluster } from "../../server/testing/postgres-cluster";
import { testDialects } from "../../server/testing/test-environment";

const bin = resolve(import.meta.dirname, "../../../bin/poise.js");

/** Runs the real `poise demo` in a child process with these settings. */
function poiseDemo(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [bin, "demo", ...args],
      { env: { ...process.env, LANG: "C", LC_ALL: "", DATABASE_URL: "", ...env } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The `email: …` and `password: …` lines, as a person would copy them. */
function credentials(stdout: string) {
  const email = /^email: (.+)$/m.exec(stdout)?.[1];
  const password = /^password: (.+)$/m.exec(stdout)?.[1];
  if (!email || !password) throw new Error(`no credentials printed:\n${stdout}`);
  return { email, password };
}

describe.each(testDialects)("poise demo (the real command) on %s", (dialect) => {
  let dataDir: string;
  let cluster: PostgresCluster | undefined;
  let env: Record<string, string>;
  let server: RunningServer;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "poise-demo-"));
    env = { POISE_DATA_DIR: dataDir, POISE_WEB_DIR: join(dataDir, "no-web") };
    if (dialect === "postgres") {
      cluster = await startPostgresCluster();
      env.DATABASE_URL = await cluster.createDatabase();
    }
  });

  afterAll(async () => {
    await server?.close(200);
    cluster?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("creates a demo account full of data that signs in over HTTP with the printed credentials", async () => {
    const run = await poiseDemo(["--locale", "fr"], env);
    expect(run.stderr.replace(/.*created a new instance key.*\n/, "")).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/npm start/);
    const { email, password } = credentials(run.stdout);
    expect(email).toBe("demo@poise.local");
    const printedCheckins = Number(/(\d+) check-ins over 120 days/.exec(run.stdout)?.[1]);
    const printedPractices = Number(/(\d+) practices done/.exec(run.stdout)?.[1]);

    server = await startServer(loadConfig({ env: { ...env, PORT: "0" } }), { logger: createMemoryLogger() });
    const client = new ApiClient(server.url);
    const login = await client.post("/api/auth/login", { email, password });
    expect(login.status).toBe(200);
    expect(login.body.user.locale).toBe("fr");

    const checkins = (await client.get("/api/checkins")).body.checkins;
    expect(checkins.length).toBe(printedCheckins);
    expect(checkins.length).toBeGreaterThan(95);
    const days = checkins.map((c: { date: string }) => c.date);
    expect(new Set(days).size).toBe(days.length);
    expect(
      checkins.filter((c: { note: string | null }) => c.note?.startsWith("[Démo] ")).length,
    ).toBeGreaterThan(0);

    const history = (await client.get("/api/assessments")).body.assessments;
    expect(history).toHaveLength(3);
    expect(
      history[0].finishedAt < history[1].finishedAt && history[1].finishedAt < history[2].finishedAt,
    ).toBe(true);

    const insights = (await client.get("/api/insights?days=90")).body;
    expect(insights.checkinCount).toBeGreaterThan(70);
    expect(insights.insights.length).toBeGreaterThan(0);
    expect(insights.summary.headline).toMatch(/Votre semaine/);

    const journal = (await client.get("/api/journal")).body.entries;
    expect(journal).toHaveLength(6);
    expect(journal.every((e: { title: string }) => e.title.startsWith("[Démo] "))).toBe(true);

    const progress = (await client.get("/api/practices/progress")).body;
    expect(progress.totalCompletions).toBe(printedPractices);
    expect(progress.totalCompletions).toBeGreaterThan(3);
    const plan = (await client.get("/api/practices/plan")).body;
    expect(plan.basis.kind).toBe("profile");
    expect(plan.practices).toHaveLength(3);
  });

  it("recreates the account when run again: the old password stops working, nothing is doubled", async () => {
    const before = credentials((await poiseDemo([], env)).stdout);
    const again = await poiseDemo([], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/deleted and made again/);
    const after = credentials(again.stdout);
    expect(after.password).not.toBe(before.password);
    const client = new ApiClient(server.url);
    expect((await client.post("/api/auth/login", before)).status).toBe(401);
    const login = await client.post("/api/auth/login", after);
    expect(login.status).toBe(200);
    expect(login.body.user.locale).toBe("en");
    const checkins = (await client.get("/api/checkins")).body.checkins;
    expect(checkins.length).toBe(Number(/(\d+) check-ins/.exec(again.stdout)?.[1]));
    expect((await client.get("/api/assessments")).body.assessments).toHaveLength(3);
  });

  it("refuses a bad option with a message naming it", async () => {
    const run = await poiseDemo(["--locale", "de"], env);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/^Error: --locale must be en or fr/);
  });
});
