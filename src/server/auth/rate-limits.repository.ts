import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema";

/**
 * Fixed-window attempt counters shared by every instance through the database. One atomic upsert per
 * attempt: a window that has ended starts again at 1.
 */
export function createRateLimitsRepository(db: Kysely<Database>) {
  return {
    /** Counts one attempt under `key`; returns the count in the current window and when it started. */
    async hit(
      key: string,
      nowIso: string,
      windowStartCutoffIso: string,
    ): Promise<{ count: number; windowStart: string }> {
      const row = await db
        .insertInto("rate_limits")
        .values({ key, count: 1, window_start: nowIso })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet({
            count: sql<number>`CASE WHEN rate_limits.window_start <= ${windowStartCutoffIso} THEN 1 ELSE rate_limits.count + 1 END`,
            window_start: sql<string>`CASE WHEN rate_limits.window_start <= ${windowStartCutoffIso} THEN ${nowIso} ELSE rate_limits.window_start END`,
          }),
        )
        .returning(["count", "window_start"])
        .executeTakeFirstOrThrow();
      return { count: Number(row.count), windowStart: row.window_start };
    },

    async reset(key: string): Promise<void> {
      await db.deleteFrom("rate_limits").where("key", "=", key).execute();
    },

    async deleteEnded(windowStartCutoffIso: string): Promise<void> {
      await db.deleteFrom("rate_limits").where("window_start", "<=", windowStartCutoffIso).execute();
    },
  };
}

export type RateLimitsRepository = ReturnType<typeof createRateLimitsRepository>;
