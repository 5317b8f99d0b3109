import type { Kysely } from "kysely";

// Frozen in time: this file describes the first schema and never changes. It imports no app code.

// biome-ignore lint/suspicious/noExplicitAny: a migration is frozen in time, so it must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("instance_settings")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("wrapped_data_key", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user_id").on("sessions").column("user_id").execute();
  await db.schema.createIndex("sessions_expires_at").on("sessions").column("expires_at").execute();

  await db.schema
    .createTable("rate_limits")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("count", "integer", (c) => c.notNull())
    .addColumn("window_start", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("rate_limits_window_start").on("rate_limits").column("window_start").execute();

  await db.schema
    .createTable("checkins")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("mood", "integer", (c) => c.notNull())
    .addColumn("energy", "integer")
    .addColumn("feelings", "text")
    .addColumn("company", "text")
    .addColumn("reassurance_count", "integer")
    .addColumn("reassurance_felt_after", "text")
    .addColumn("decisions_alone", "integer")
    .addColumn("decisions_after_approval", "integer")
    .addColumn("comfort_alone", "integer")
    .addColumn("trigger_kind", "text")
    .addColumn("helped_strategy", "text")
    .addColumn("helped_effect", "text")
    .addColumn("note_sealed", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("checkins_pk", ["user_id", "day"])
    .execute();

  await db.schema
    .createTable("journal_entries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("title_sealed", "text")
    .addColumn("text_sealed", "text", (c) => c.notNull())
    .addColumn("prompt_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("journal_entries_user_created")
    .on("journal_entries")
    .columns(["user_id", "created_at", "id"])
    .execute();

  await db.schema
    .createTable("assessments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("mode", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("scores", "text")
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .execute();
  await db.schema
    .createIndex("assessments_user_status")
    .on("assessments")
    .columns(["user_id", "status", "finished_at"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "assessments",
    "journal_entries",
    "checkins",
    "rate_limits",
    "sessions",
    "users",
    "instance_settings",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
