import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, packageRoot } from "./config/load-config";
import { openDatabase } from "./db/open-database";
import { createMemoryLogger } from "./logging/logger";
import { startServer } from "./start";
import { type PostgresCluster, startPostgresCluster } from "./testing/postgres-cluster";
import { testDialects } from "./testing/test-environment";

describe.each(testDialects)("start-up on %s", (dialect) => {
  let cluster: PostgresCluster | undefined;
  const dirs: string[] = [];
  beforeAll(async () => {
    if (dialect === "postgres") cluster = await startPostgresCluster();
  });
  afterAll(() => {
    cluster?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  async function freshConfig(extra: Record<string, string> = {}) {
    const dataDir = mkdtempSync(join(tmpdir(), "poise-start-"));
    dirs.push(dataDir);
    const env: Record<string, string> = {
      PORT: "0",
      POISE_DATA_DIR: dataDir,
      POISE_LOG_LEVEL: "silent",
      ...extra,
    };
    if (cluster) env.DATABASE_URL = await cluster.createDatabase();
    return loadConfig({ env });
  }

  it("migrates a new database, answers health with the dialect and version, and starts again on it", async () => {
    const config = await freshConfig();
    const logger = createMemoryLogger();
    const server = await startServer(config, { logger });
    const health = await (await fetch(`${server.url}/api/health`)).json();
    const version = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")).version;
    expect(health).toEqual({ status: "ok", database: dialect, version });
    await server.close();
    expect(logger.lines.filter((l) => l.includes("applied migration")).length).toBeGreaterThan(0);
    const again = await startServer(config, { logger: createMemoryLogger() });
    expect((await fetch(`${again.url}/api/health`)).status).toBe(200);
    await again.close();
  });

  it("refuses a database written by a newer Poise, and changes nothing", async () => {
    const config = await freshConfig();
    await (await startServer(config, { logger: createMemoryLogger() })).close();
    const handle = openDatabase(config, createMemoryLogger());
    await sql`insert into kysely_migration (name, timestamp) values ('29990101000000_from_the_future', '2999-01-01T00:00:00.000Z')`.execute(
      handle.db,
    );
    await handle.close();
    await expect(startServer(config, { logger: createMemoryLogger() })).rejects.toThrow(
      /written by a newer version of Poise.*29990101000000_from_the_future/s,
    );
  });

  it("refuses to start with an instance key that does not belong to the database", async () => {
    const config = await freshConfig();
    await (await startServer(config, { logger: createMemoryLogger() })).close();
    writeFileSync(config.keyFile, `poise-instance-key-v1:${Buffer.alloc(32, 7).toString("base64")}\n`, {
      mode: 0o600,
    });
    await expect(startServer(config, { logger: createMemoryLogger() })).rejects.toThrow(
      /does not belong to this database/,
    );
  });

  it("says which port is taken", async () => {
    const first = await startServer(await freshConfig(), { logger: createMemoryLogger() });
    try {
      const taken = await freshConfig({ PORT: String(first.port) });
      await expect(startServer(taken, { logger: createMemoryLogger() })).rejects.toThrow(
        new RegExp(`Port ${first.port} is already in use`),
      );
    } finally {
      await first.close();
    }
  });
});

describe("the embedded database", () => {
  it("runs in WAL mode with full synchronous commits, foreign keys and secure delete", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "poise-pragmas-"));
    const handle = openDatabase({ dataDir, databaseUrl: null }, createMemoryLogger());
    try {
      const pragma = async (name: string) =>
        Object.values((await sql.raw(`PRAGMA ${name}`).execute(handle.db)).rows[0] as object)[0];
      expect(await pragma("journal_mode")).toBe("wal");
      expect(await pragma("synchronous")).toBe(2);
      expect(await pragma("foreign_keys")).toBe(1);
      expect(await pragma("secure_delete")).toBe(1);
    } finally {
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
