import type { Kysely } from "kysely";
import { prepareQuery } from "../db/prepared-query";
import type { Database } from "../db/schema";
import type { Caller } from "../http/app-env";

/**
 * Sessions live in the database so that any instance can serve any request. This is authentication,
 * not a person's data: it is the one place that looks a person up without an Access (by token hash).
 */
export function createSessionsRepository(db: Kysely<Database>) {
  // Every signed-in request runs this lookup, so it is compiled once (see prepared-query.ts).
  const live = prepareQuery(db, ["id", "now"], (p) =>
    db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      .select([
        "sessions.id as session_id",
        "sessions.expires_at",
        "users.id as user_id",
        "users.email",
        "users.locale",
        "users.wrapped_data_key",
      ])
      .where("sessions.id", "=", p("id"))
      .where("sessions.expires_at", ">", p("now")),
  );
  return {
    async insert(session: {
      id: string;
      userId: string;
      createdAt: string;
      expiresAt: string;
    }): Promise<void> {
      await db
        .insertInto("sessions")
        .values({
          id: session.id,
          user_id: session.userId,
          created_at: session.createdAt,
          expires_at: session.expiresAt,
        })
        .execute();
    },

    /** The caller behind a live session, with the session's expiry; undefined when unknown or expired. */
    async findLive(id: string, nowIso: string): Promise<{ caller: Caller; expiresAt: string } | undefined> {
      const [row] = await live.run({ id, now: nowIso });
      if (!row) return undefined;
      return {
        caller: {
          userId: row.user_id,
          email: row.email,
          locale: row.locale === "fr" ? "fr" : "en",
          wrappedDataKey: row.wrapped_data_key,
          sessionId: row.session_id,
        },
        expiresAt: row.expires_at,
      };
    },

    async extend(id: string, expiresAt: string): Promise<void> {
      await db.updateTable("sessions").set({ expires_at: expiresAt }).where("id", "=", id).execute();
    },

    async delete(id: string): Promise<void> {
      await db.deleteFrom("sessions").where("id", "=", id).execute();
    },

    async deleteAllOfUser(userId: string): Promise<void> {
      await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
    },

    async deleteExpired(nowIso: string): Promise<void> {
      await db.deleteFrom("sessions").where("expires_at", "<=", nowIso).execute();
    },
  };
}

export type SessionsRepository = ReturnType<typeof createSessionsRepository>;
