import type { Kysely, Selectable } from "kysely";
import { type Access, authorize } from "../access/access";
import type { Database, JournalEntriesTable } from "../db/schema";

export type JournalRow = Selectable<JournalEntriesTable>;

/** Where the previous page ended: entries strictly older than this are next. */
export interface JournalCursor {
  createdAt: string;
  id: string;
}

/** Journal entries of one person. Every method goes through `authorize`. */
export function createJournalRepository(db: Kysely<Database>) {
  return {
    async insert(access: Access, row: Omit<JournalRow, "user_id">): Promise<void> {
      await db
        .insertInto("journal_entries")
        .values({ ...row, user_id: authorize(access, "journal:write") })
        .execute();
    },

    async get(access: Access, id: string): Promise<JournalRow | undefined> {
      return db
        .selectFrom("journal_entries")
        .selectAll()
        .where("user_id", "=", authorize(access, "journal:read"))
        .where("id", "=", id)
        .executeTakeFirst();
    },

    /** Newest first; `limit` rows after `cursor` (all of them when limit is undefined). */
    async list(access: Access, page: { limit?: number; cursor?: JournalCursor }): Promise<JournalRow[]> {
      let query = db
        .selectFrom("journal_entries")
        .selectAll()
        .where("user_id", "=", authorize(access, "journal:read"));
      const cursor = page.cursor;
      if (cursor) {
        query = query.where((eb) =>
          eb.or([
            eb("created_at", "<", cursor.createdAt),
            eb.and([eb("created_at", "=", cursor.createdAt), eb("id", "<", cursor.id)]),
          ]),
        );
      }
      query = query.orderBy("created_at", "desc").orderBy("id", "desc");
      return page.limit === undefined ? query.execute() : query.limit(page.limit).execute();
    },

    async update(
      access: Access,
      id: string,
      values: Pick<JournalRow, "title_sealed" | "text_sealed" | "prompt_id" | "updated_at">,
    ): Promise<JournalRow | undefined> {
      return db
        .updateTable("journal_entries")
        .set(values)
        .where("user_id", "=", authorize(access, "journal:write"))
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirst();
    },

    async delete(access: Access, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom("journal_entries")
        .where("user_id", "=", authorize(access, "journal:write"))
        .where("id", "=", id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
