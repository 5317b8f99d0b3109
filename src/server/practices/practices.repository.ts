import type { Kysely, Selectable } from "kysely";
import { type Access, authorize } from "../access/access";
import type { Database, PracticeCompletionsTable, PracticePlansTable } from "../db/schema";

export type PlanRow = Selectable<PracticePlansTable>;
export type CompletionRow = Selectable<PracticeCompletionsTable>;

/** Weekly plans and completed practices of one person. Every method goes through `authorize`. */
export function createPracticesRepository(db: Kysely<Database>) {
  return {
    async planForWeek(access: Access, weekStart: string): Promise<PlanRow | undefined> {
      return db
        .selectFrom("practice_plans")
        .selectAll()
        .where("user_id", "=", authorize(access, "practices:read"))
        .where("week_start", "=", weekStart)
        .executeTakeFirst();
    },

    /** Every plan, oldest week first. */
    async plans(access: Access, scope: "practices:read" | "export" = "practices:read"): Promise<PlanRow[]> {
      return db
        .selectFrom("practice_plans")
        .selectAll()
        .where("user_id", "=", authorize(access, scope))
        .orderBy("week_start", "asc")
        .execute();
    },

    /**
     * Stores the week's first plan; when another request stored one for the same week a moment
     * earlier (two tabs, two instances), keeps that one. Returns the plan that is now stored.
     */
    async insertPlanIfAbsent(access: Access, row: Omit<PlanRow, "user_id">): Promise<PlanRow> {
      const userId = authorize(access, "practices:write");
      await db
        .insertInto("practice_plans")
        .values({ ...row, user_id: userId })
        .onConflict((oc) => oc.columns(["user_id", "week_start"]).doNothing())
        .execute();
      return db
        .selectFrom("practice_plans")
        .selectAll()
        .where("user_id", "=", userId)
        .where("week_start", "=", row.week_start)
        .executeTakeFirstOrThrow();
    },

    /** Creates or replaces the week's plan in one statement. */
    async upsertPlan(access: Access, row: Omit<PlanRow, "user_id">): Promise<PlanRow> {
      const changes = {
        practice_ids: row.practice_ids,
        reasons: row.reasons,
        chosen: row.chosen,
        assessment_id: row.assessment_id,
        updated_at: row.updated_at,
      };
      return db
        .insertInto("practice_plans")
        .values({ ...row, user_id: authorize(access, "practices:write") })
        .onConflict((oc) => oc.columns(["user_id", "week_start"]).doUpdateSet(changes))
        .returningAll()
        .executeTakeFirstOrThrow();
    },

    async insertCompletion(access: Access, row: Omit<CompletionRow, "user_id">): Promise<void> {
      await db
        .insertInto("practice_completions")
        .values({ ...row, user_id: authorize(access, "practices:write") })
        .execute();
    },

    async completion(access: Access, id: string): Promise<CompletionRow | undefined> {
      return db
        .selectFrom("practice_completions")
        .selectAll()
        .where("user_id", "=", authorize(access, "practices:read"))
        .where("id", "=", id)
        .executeTakeFirst();
    },

    /** Completions between two days (inclusive, either end open), oldest first. */
    async completions(
      access: Access,
      range: { from?: string; to?: string },
      scope: "practices:read" | "export" = "practices:read",
    ): Promise<CompletionRow[]> {
      let query = db
        .selectFrom("practice_completions")
        .selectAll()
        .where("user_id", "=", authorize(access, scope));
      if (range.from) query = query.where("day", ">=", range.from);
      if (range.to) query = query.where("day", "<=", range.to);
      return query.orderBy("day", "asc").orderBy("id", "asc").execute();
    },

    /** Completions without their reflections (for progress, which only counts). */
    async completionDays(access: Access) {
      return db
        .selectFrom("practice_completions")
        .select(["practice_id", "day", "reflection_sealed"])
        .where("user_id", "=", authorize(access, "practices:read"))
        .orderBy("day", "asc")
        .execute();
    },

    async updateCompletion(
      access: Access,
      id: string,
      values: Pick<CompletionRow, "day" | "reflection_sealed" | "updated_at">,
    ): Promise<CompletionRow | undefined> {
      return db
        .updateTable("practice_completions")
        .set(values)
        .where("user_id", "=", authorize(access, "practices:write"))
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirst();
    },

    async deleteCompletion(access: Access, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom("practice_completions")
        .where("user_id", "=", authorize(access, "practices:write"))
        .where("id", "=", id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
