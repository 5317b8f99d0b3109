import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/** Where Debian's `postgresql` package (version 15) installs the server binaries. */
export const postgresBinDir = "/usr/lib/postgresql/15/bin";

/** A throwaway PostgreSQL server in a temporary directory, for tests. */
export interface PostgresCluster {
  readonly port: number;
  /** A new, empty database on this cluster; returns its URL. */
  createDatabase(name?: string): Promise<string>;
  /** The contents of every table of a database as text (pg_dump --data-only). */
  dumpData(url: string): string;
  /** Stops the server and removes its directory. Safe to call twice. */
  stop(): void;
}

/** A TCP port that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolvePort(address.port) : reject()));
    });
  });
}

function requireBinaries(): void {
  for (const binary of ["initdb", "pg_ctl", "pg_dump"]) {
    if (!existsSync(join(postgresBinDir, binary))) {
      throw new Error(
        `PostgreSQL tests need ${join(postgresBinDir, binary)}, which is missing: install the Debian package ` +
          "`postgresql` (apt-get install -y postgresql).",
      );
    }
  }
}

// initdb refuses to run as root; as root we run the binaries as the `postgres` system user.
function runAs(binary: string, args: string[], options: { owner: { uid: number; gid: number } | null }) {
  const command = options.owner ? "runuser" : join(postgresBinDir, binary);
  const fullArgs = options.owner ? ["-u", "postgres", "--", join(postgresBinDir, binary), ...args] : args;
  const result = spawnSync(command, fullArgs, { encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`${binary} failed (${result.status}): ${result.stderr || result.stdout || result.error}`);
  }
  return result.stdout;
}

function postgresOwner(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  return { uid, gid };
}

/**
 * Starts a PostgreSQL 15 cluster on a free local port in a fresh temporary directory (initdb, then
 * pg_ctl start, trusting local connections). The cluster is stopped and its directory removed by
 * `stop()`, and also when the process exits, so a failing test leaves nothing behind. Fails loudly,
 * naming the package to install, when the binaries are missing.
 */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  requireBinaries();
  const owner = postgresOwner();
  const root = mkdtempSync(join(tmpdir(), "poise-pg-"));
  const dataDir = join(root, "data");
  if (owner) chownSync(root, owner.uid, owner.gid);
  chmodSync(root, 0o700);
  const port = await freePort();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.removeListener("exit", stop);
    try {
      if (existsSync(join(dataDir, "postmaster.pid"))) {
        runAs("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"], { owner });
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
  process.on("exit", stop);
  try {
    runAs(
      "initdb",
      ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"],
      {
        owner,
      },
    );
    // fsync off: the cluster is thrown away after the test, and durability is PostgreSQL's own business.
    const serverOptions = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
    runAs("pg_ctl", ["-D", dataDir, "-o", serverOptions, "-l", join(root, "server.log"), "-w", "start"], {
      owner,
    });
  } catch (error) {
    stop();
    throw error;
  }

  let counter = 0;
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    port,
    async createDatabase(name) {
      counter += 1;
      const database = name ?? `poise_test_${process.pid}_${counter}`;
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${database.replaceAll('"', "")}"`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${database}`;
    },
    dumpData(url) {
      const database = new URL(url).pathname.slice(1);
      return execFileSync(
        join(postgresBinDir, "pg_dump"),
        ["--data-only", "-h", "127.0.0.1", "-p", String(port), "-U", "postgres", database],
        { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
      );
    },
    stop,
  };
}
