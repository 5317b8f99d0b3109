import type { Kysely, Selectable } from "kysely";
import { type Access, authorize } from "../access/access";
import type { AssessmentsTable, Database } from "../db/schema";

export type AssessmentRow = Selectable<AssessmentsTable>;
export type AssessmentChanges = Pick<
  AssessmentRow,
  "state" | "status" | "scores" | "finished_at" | "updated_at"
>;

/** Assessments of one person, their adaptive state kept as JSON. Every method goes through `authorize`. */
export function createAssessmentsRepository(db: Kysely<Database>) {
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

    /** The most recently started unfinished check, if any. */
    async latestInProgress(access: Access): Promise<AssessmentRow | undefined> {
      return db
        .selectFrom("assessments")
        .selectAll()
        .where("user_id", "=", authorize(access, "assessments:read"))
        .where("status", "=", "in-progress")
        .orderBy("started_at", "desc")
        .orderBy("id", "desc")
        .limit(1)
        .executeTakeFirst();
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
