import type { Kysely, Selectable } from "kysely";
import { type Access, authorize } from "../access/access";
import { prepareQuery } from "../db/prepared-query";
import type { AssessmentsTable, Database } from "../db/schema";

export type AssessmentRow = Selectable<AssessmentsTable>;
export type AssessmentChanges = Pick<
  AssessmentRow,
  "state" | "status" | "scores" | "finished_at" | "updated_at"
>;

/** Assessments of one person, their adaptive state kept as JSON. Every method goes through `authorize`. */
export function createAssessmentsRepository(db: Kysely<Database>) {
  // The history reads these small columns of every check of a person, finished ones first in the order
  // they finished; the index assessments_history holds them all in this order, so SQLite neither reads
  // the large `state` nor sorts. Compiled once (see prepared-query.ts).
  const history = prepareQuery(db, ["user_id"], (p) =>
    db
      .selectFrom("assessments")
      .select(["id", "mode", "status", "started_at", "finished_at", "scores"])
      .where("user_id", "=", p("user_id"))
      .orderBy("status", "asc")
      .orderBy("finished_at", "asc")
      .orderBy("id", "asc"),
  );
  const stateOf = prepareQuery(db, ["user_id", "id"], (p) =>
    db
      .selectFrom("assessments")
      .select("state")
      .where("user_id", "=", p("user_id"))
      .where("id", "=", p("id")),
  );
  return {
    async insert(access: Access, row: Omit<AssessmentRow, "user_id">): Promise<void> {
      await db
        .insertInto("assessments")
        .values({ ...row, user_id: authorize(access, "assessments:write") })
        .execute();
    },

    async get(
      access: Access,
      id: string,
      scope: "assessments:read" | "assessments:write",
    ): Promise<AssessmentRow | undefined> {
      return db
        .selectFrom("assessments")
        .selectAll()
        .where("user_id", "=", authorize(access, scope))
        .where("id", "=", id)
        .executeTakeFirst();
    },

    /**
     * Writes a new state only if nobody else wrote since `revision` was read (another instance may be
     * answering the same check); returns false when the row moved on, so the caller re-reads and retries.
     */
    async update(access: Access, id: string, revision: number, changes: AssessmentChanges): Promise<boolean> {
      const result = await db
        .updateTable("assessments")
        .set({ ...changes, revision: revision + 1 })
        .where("user_id", "=", authorize(access, "assessments:write"))
        .where("id", "=", id)
        .where("revision", "=", revision)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Finished checks without their (large) state, oldest first. */
    async listFinished(access: Access) {
      return db
        .selectFrom("assessments")
        .select(["id", "mode", "started_at", "finished_at", "scores"])
        .where("user_id", "=", authorize(access, "assessments:read"))
        .where("status", "=", "finished")
        .orderBy("finished_at", "asc")
        .orderBy("id", "asc")
        .execute();
    },

    /**
     * Every check of the person without its state: the finished ones first, oldest finish first, then
     * the unfinished ones. One index scan.
     */
    async listForHistory(access: Access) {
      return history.run({ user_id: authorize(access, "assessments:read") });
    },

    /** The engine state of one check, for its progress. */
    async stateOf(access: Access, id: string): Promise<string | undefined> {
      const [row] = await stateOf.run({ user_id: authorize(access, "assessments:read"), id });
      return row?.state;
    },

    /** Every check of the person, state included (for the export). */
    async listAll(access: Access): Promise<AssessmentRow[]> {
      return db
        .selectFrom("assessments")
        .selectAll()
        .where("user_id", "=", authorize(access, "export"))
        .orderBy("started_at", "asc")
        .orderBy("id", "asc")
        .execute();
    },

    async delete(access: Access, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom("assessments")
        .where("user_id", "=", authorize(access, "assessments:write"))
        .where("id", "=", id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
