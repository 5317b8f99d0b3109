import type { Kysely, Selectable } from "kysely";
import { type Access, authorize } from "../access/access";
import type { CheckinsTable, Database } from "../db/schema";

/** A stored check-in: structured fields as columns, lists as JSON text, the note sealed. */
export type CheckinRow = Selectable<CheckinsTable>;
export type CheckinValues = Omit<CheckinRow, "user_id" | "day" | "created_at" | "updated_at">;

/** Check-ins of one person, one per day. Every method goes through `authorize`. */
export function createCheckinsRepository(db: Kysely<Database>) {
  return {
    /**
     * Creates or replaces the day's check-in in one statement (one commit, one sync).
     * Returns whether the row was new, read from the `created_at` the statement kept.
     */
    async upsert(
      access: Access,
      day: string,
      values: CheckinValues,
      nowIso: string,
    ): Promise<CheckinRow & { created: boolean }> {
      const userId = authorize(access, "checkins:write");
      const row = await db
        .insertInto("checkins")
        .values({ ...values, user_id: userId, day, created_at: nowIso, updated_at: nowIso })
        .onConflict((oc) => oc.columns(["user_id", "day"]).doUpdateSet({ ...values, updated_at: nowIso }))
        .returningAll()
        .executeTakeFirstOrThrow();
      return { ...row, created: row.created_at === nowIso };
    },

    async get(access: Access, day: string): Promise<CheckinRow | undefined> {
      return db
        .selectFrom("checkins")
        .selectAll()
        .where("user_id", "=", authorize(access, "checkins:read"))
        .where("day", "=", day)
        .executeTakeFirst();
    },

    /** The check-ins between two days (inclusive, either end open), oldest first. */
    async list(access: Access, range: { from?: string; to?: string }): Promise<CheckinRow[]> {
      let query = db
        .selectFrom("checkins")
        .selectAll()
        .where("user_id", "=", authorize(access, "checkins:read"));
      if (range.from) query = query.where("day", ">=", range.from);
      if (range.to) query = query.where("day", "<=", range.to);
      return query.orderBy("day", "asc").execute();
    },

    async delete(access: Access, day: string): Promise<boolean> {
      const result = await db
        .deleteFrom("checkins")
        .where("user_id", "=", authorize(access, "checkins:write"))
        .where("day", "=", day)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}

export type CheckinsRepository = ReturnType<typeof createCheckinsRepository>;
