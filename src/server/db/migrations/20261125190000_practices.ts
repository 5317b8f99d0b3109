import type { Kysely } from "kysely";

// Frozen in time: the weekly practice plans and the practices a person marked as done. It imports no
// app code.

// biome-ignore lint/suspicious/noExplicitAny: a migration is frozen in time, so it must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("practice_plans")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("week_start", "text", (c) => c.notNull())
    .addColumn("practice_ids", "text", (c) => c.notNull())
    .addColumn("reasons", "text", (c) => c.notNull())
    .addColumn("chosen", "integer", (c) => c.notNull())
    .addColumn("assessment_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("practice_plans_user_week", ["user_id", "week_start"])
    .execute();

  await db.schema
    .createTable("practice_completions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("practice_id", "text", (c) => c.notNull())
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("reflection_sealed", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("practice_completions_user_day")
    .on("practice_completions")
    .columns(["user_id", "day", "id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("practice_completions").execute();
  await db.schema.dropTable("practice_plans").execute();
}
