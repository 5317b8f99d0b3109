import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe } from "vitest";
import { type Config, loadConfig } from "../config/load-config";
import { type DatabaseHandle, openDatabase, sqlitePath } from "../db/open-database";
import { createMemoryLogger } from "../logging/logger";
import { type RunningServer, startServer } from "../start";
import { ApiClient, newCredentials } from "./api-client";
import { type PostgresCluster, startPostgresCluster } from "./postgres-cluster";

export const testDialects = ["sqlite", "postgres"] as const;
export type TestDialect = (typeof testDialects)[number];

/** A real server on a real database (temporary SQLite file or a throwaway PostgreSQL cluster). */
export interface TestEnvironment {
  readonly dialect: TestDialect;
  readonly config: Config;
  readonly server: RunningServer;
  readonly baseUrl: string;
  /** Lines the server logged. */
  readonly logs: string[];
  /** A new client with no session. */
  client(): ApiClient;
  /** A new client signed in as a new person. */
  signedIn(): Promise<{ client: ApiClient; email: string; password: string; userId: string }>;
  /** Every byte the database holds, as text: the SQLite file with its WAL, or a PostgreSQL data dump. */
  storedText(): string;
  /** A second, direct connection to the same database, for checks below the API. */
  database(): DatabaseHandle;
  /** Stops and starts the server again on the same data. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface EnvironmentOptions {
  /** Extra settings as environment variables, e.g. { POISE_LOGIN_LIMIT_ACCOUNT: "3" }. */
  env?: Record<string, string>;
  clock?: () => Date;
}

/** Starts a server on a fresh database of `dialect`. */
export async function createTestEnvironment(
  dialect: TestDialect,
  options: EnvironmentOptions = {},
): Promise<TestEnvironment> {
  const dataDir = mkdtempSync(join(tmpdir(), "poise-test-"));
  let cluster: PostgresCluster | undefined;
  let databaseUrl: string | undefined;
  try {
    if (dialect === "postgres") {
      cluster = await startPostgresCluster();
      databaseUrl = await cluster.createDatabase();
    }
    const config = loadConfig({
      env: {
        PORT: "0",
        POISE_DATA_DIR: dataDir,
        POISE_WEB_DIR: join(dataDir, "no-web"),
        POISE_LOGIN_LIMIT_ADDRESS: "1000000",
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
        ...options.env,
      },
    });
    const logger = createMemoryLogger();
    let server = await startServer(config, { logger, clock: options.clock });
    let direct: DatabaseHandle | undefined;
    const environment: TestEnvironment = {
      dialect,
      config,
      get server() {
        return server;
      },
      get baseUrl() {
        return server.url;
      },
      logs: logger.lines,
      client: () => new ApiClient(server.url),
      async signedIn() {
        const client = new ApiClient(server.url);
        const { email, password } = newCredentials();
        const response = await client.post("/api/auth/signup", { email, password });
        if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${response.text}`);
        return { client, email, password, userId: response.body.user.id as string };
      },
      storedText() {
        if (cluster && databaseUrl) return cluster.dumpData(databaseUrl);
        const path = sqlitePath(dataDir);
        return ["", "-wal", "-shm", "-journal"]
          .filter((suffix) => existsSync(path + suffix))
          .map((suffix) => readFileSync(path + suffix).toString("latin1"))
          .join("\n");
      },
      database() {
        direct ??= openDatabase(config, logger);
        return direct;
      },
      async restart() {
        const port = server.port;
        await server.close(200);
        // Same port, so clients made before the restart keep working.
        server = await startServer({ ...config, port }, { logger, clock: options.clock });
      },
      async close() {
        await direct?.close();
        await server.close(200);
        cluster?.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
    return environment;
  } catch (error) {
    cluster?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Runs the same suite against SQLite and PostgreSQL: one describe block per dialect, each with its own
 * server and database, started before and removed after the block.
 */
export function describeEachDatabase(
  title: string,
  suite: (environment: () => TestEnvironment) => void,
  options: EnvironmentOptions = {},
): void {
  describe.each(testDialects)(`${title} on %s`, (dialect) => {
    let environment: TestEnvironment | undefined;
    beforeAll(async () => {
      environment = await createTestEnvironment(dialect, options);
    });
    afterAll(async () => {
      await environment?.close();
    });
    suite(() => {
      if (!environment) throw new Error("the test environment did not start");
      return environment;
    });
  });
}
