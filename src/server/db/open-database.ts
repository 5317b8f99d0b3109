import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { Logger } from "../logging/logger";
import { GroupCommitSqliteDialect } from "./group-commit-sqlite";
import type { Database } from "./schema";

export type DialectName = "sqlite" | "postgres";

/** An open database: the Kysely handle, which dialect it speaks, and how to close it. */
export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** Where the data lives, for logs (the PostgreSQL URL without its password). */
  readonly location: string;
  /**
   * Makes deleted rows physically unreadable where the engine allows it: on SQLite, deleted content is
   * zeroed (secure_delete) and this checkpoint also empties the write-ahead log that still holds the old
   * pages. PostgreSQL reclaims dead rows itself (autovacuum); see docs/security.md.
   */
  purgeDeleted(): Promise<void>;
  close(): Promise<void>;
}

/** The SQLite file of a data directory. */
export function sqlitePath(dataDir: string): string {
  return join(dataDir, "poise.sqlite");
}

// WAL lets readers proceed during a write; FULL syncs the WAL at every commit, so an acknowledged write
// survives a crash or power loss; foreign keys make account deletion cascade; deleted content is
// overwritten with zeros (secure_delete), so a deleted account does not linger in free pages.
const sqlitePragmas = [
  "journal_mode = WAL",
  "synchronous = FULL",
  "foreign_keys = ON",
  "busy_timeout = 5000",
  "secure_delete = ON",
] as const;

function openSqliteConnection(path: string): SQLite.Database {
  const sqlite = new SQLite(path);
  const mode = sqlite.pragma("journal_mode = WAL", { simple: true });
  if (String(mode).toLowerCase() !== "wal")
    throw new Error(`SQLite refused WAL mode for ${path} (got ${mode})`);
  for (const pragma of sqlitePragmas.slice(1)) sqlite.pragma(pragma);
  return sqlite;
}

function openSqlite(dataDir: string): DatabaseHandle {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = sqlitePath(dataDir);
  // The reader is opened first: it checks WAL mode (and creates the file) before the writer thread starts.
  const reader = openSqliteConnection(path);
  const writer = { path, pragmas: sqlitePragmas };
  const db = new Kysely<Database>({ dialect: new GroupCommitSqliteDialect({ writer, reader }) });
  return {
    db,
    dialect: "sqlite",
    location: path,
    purgeDeleted: async () => {
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
    },
    close: () => db.destroy(),
  };
}

function openPostgres(url: string, logger: Logger): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on("error", (error) => logger.error("PostgreSQL connection error", { error }));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const shown = new URL(url);
  if (shown.password) shown.password = "***";
  return {
    db,
    dialect: "postgres",
    location: shown.toString(),
    purgeDeleted: async () => {},
    close: () => db.destroy(),
  };
}

/** Opens PostgreSQL when a URL is given, the embedded SQLite file of `dataDir` otherwise. */
export function openDatabase(
  options: { dataDir: string; databaseUrl: string | null },
  logger: Logger,
): DatabaseHandle {
  return options.databaseUrl ? openPostgres(options.databaseUrl, logger) : openSqlite(options.dataDir);
}
