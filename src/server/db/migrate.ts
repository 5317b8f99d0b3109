import { type Kysely, Migrator } from "kysely";
import type { Logger } from "../logging/logger";
import { migrations } from "./migrations/index";

// Migration bookkeeping works on any schema version, so it uses an untyped handle.
// biome-ignore lint/suspicious/noExplicitAny: the schema type of a database of unknown version
type AnyDatabase = Kysely<any>;

/** Raised when the database was migrated by a newer Poise than this one. */
export class DatabaseTooNewError extends Error {
  constructor(readonly unknownMigrations: string[]) {
    super(
      `This database was written by a newer version of Poise (it has migration ${unknownMigrations.join(", ")}, ` +
        "which this version does not know). Start the newer version again, or restore a backup made with this one. " +
        "Nothing was changed.",
    );
    this.name = "DatabaseTooNewError";
  }
}

async function executedMigrations(db: AnyDatabase): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === "kysely_migration")) return [];
  const rows = await db.selectFrom("kysely_migration").select("name").execute();
  return rows.map((r) => String(r.name));
}

/**
 * Brings the schema up to date at start-up. Refuses, before touching anything, a database that has
 * run migrations this code does not know. Kysely's migration lock keeps two instances starting at
 * once from running the same migration twice.
 */
export async function migrateToLatest(db: AnyDatabase, logger: Logger): Promise<void> {
  const unknown = (await executedMigrations(db)).filter((name) => !(name in migrations));
  if (unknown.length > 0) throw new DatabaseTooNewError(unknown);
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  for (const result of results ?? []) {
    if (result.status === "Success") logger.info("applied migration", { name: result.migrationName });
    if (result.status === "Error") logger.error("migration failed", { name: result.migrationName });
  }
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
