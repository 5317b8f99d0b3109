import type { Kysely } from "kysely";

// Frozen in time. The history list reads a few small columns of every finished check; in SQLite they sit
// after the large `state` column, so reading them walked its overflow pages. This index holds everything
// the list reads, so the list never touches the table rows (docs/benchmarks.md, "Server").

// biome-ignore lint/suspicious/noExplicitAny: a migration is frozen in time, so it must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("assessments_history")
    .on("assessments")
    .columns(["user_id", "status", "finished_at", "id", "mode", "started_at", "scores"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("assessments_history").execute();
}
