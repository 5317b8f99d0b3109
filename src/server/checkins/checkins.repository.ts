import type { Kysely, Selectable } from "kysely";
import { type Access, authorize } from "../access/access";
import { prepareQuery } from "../db/prepared-query";
import type { CheckinsTable, Database } from "../db/schema";

/** A stored check-in: structured fields as columns, lists as JSON text, the note sealed. */
export type CheckinRow = Selectable<CheckinsTable>;
export type CheckinValues = Omit<CheckinRow, "user_id" | "day" | "created_at" | "updated_at">;

/** The columns a person fills in, the sealed note aside (the analytics read exactly these). */
export const checkinAnsweredColumns = [
  "mood",
  "energy",
  "feelings",
  "company",
  "reassurance_count",
  "reassurance_felt_after",
  "decisions_alone",
  "decisions_after_approval",
  "comfort_alone",
  "trigger_kind",
  "helped_strategy",
  "helped_effect",
] as const satisfies readonly (keyof CheckinValues)[];
const valueColumns = [...checkinAnsweredColumns, "note_sealed"] as const;

/** Check-ins of one person, one per day. Every method goes through `authorize`. */
export function createCheckinsRepository(db: Kysely<Database>) {
  // The write path of every check-in, compiled once (see prepared-query.ts). A replaced row keeps its
  // created_at; the other columns take the new values (`excluded` is the row that was refused).
  const upsert = prepareQuery(db, [...valueColumns, "user_id", "day", "now"], (p) =>
    db
      .insertInto("checkins")
      .values({
        ...Object.fromEntries(valueColumns.map((column) => [column, p(column)])),
        user_id: p("user_id"),
        day: p("day"),
        created_at: p("now"),
        updated_at: p("now"),
      } as CheckinRow)
      .onConflict((oc) =>
        oc.columns(["user_id", "day"]).doUpdateSet((eb) => ({
          ...Object.fromEntries(valueColumns.map((column) => [column, eb.ref(`excluded.${column}`)])),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      )
      .returning("created_at"),
  );
  const oneDay = prepareQuery(db, ["user_id", "day"], (p) =>
    db.selectFrom("checkins").selectAll().where("user_id", "=", p("user_id")).where("day", "=", p("day")),
  );
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
      const [kept] = await upsert.run({ ...values, user_id: userId, day, now: nowIso });
      if (!kept) throw new Error("the check-in upsert returned no row");
      const createdAt = kept.created_at;
      return {
        ...values,
        user_id: userId,
        day,
        created_at: createdAt,
        updated_at: nowIso,
        created: createdAt === nowIso,
      };
    },

    async get(access: Access, day: string): Promise<CheckinRow | undefined> {
      const [row] = await oneDay.run({ user_id: authorize(access, "checkins:read"), day });
      return row;
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
