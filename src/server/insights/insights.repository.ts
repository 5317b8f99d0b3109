import type { Kysely } from "kysely";
import type { AfterEffect, Checkin, CompanyId, StrategyId, TriggerId } from "../../core/patterns/checkin";
import { type Access, authorize } from "../access/access";
import { checkinAnsweredColumns } from "../checkins/checkins.repository";
import type { Database } from "../db/schema";

// Every column the analytics read; the sealed note is deliberately not among them.
const analysedColumns = ["day", ...checkinAnsweredColumns] as const;

function parseList<T>(json: string | null): T[] | null {
  return json ? (JSON.parse(json) as T[]) : null;
}

/** Check-ins as the analytics need them: structured fields only, never the note. */
export function createInsightsRepository(db: Kysely<Database>) {
  return {
    /** Every check-in of the person up to `to` (inclusive), oldest first, without notes. O(n). */
    async checkinsUpTo(access: Access, to: string): Promise<Checkin[]> {
      const rows = await db
        .selectFrom("checkins")
        .select(analysedColumns)
        .where("user_id", "=", authorize(access, "checkins:read"))
        .where("day", "<=", to)
        .orderBy("day", "asc")
        .execute();
      return rows.map((row) => ({
        date: row.day,
        mood: row.mood,
        energy: row.energy,
        feelings: parseList<string>(row.feelings),
        company: parseList<CompanyId>(row.company),
        reassurance:
          row.reassurance_count === null
            ? null
            : {
                count: row.reassurance_count,
                feltAfter: (row.reassurance_felt_after as AfterEffect | null) ?? null,
              },
        decisions:
          row.decisions_alone === null || row.decisions_after_approval === null
            ? null
            : { alone: row.decisions_alone, afterApproval: row.decisions_after_approval },
        comfortAlone: row.comfort_alone,
        trigger: (row.trigger_kind as TriggerId | null) ?? null,
        helped:
          row.helped_strategy === null || row.helped_effect === null
            ? null
            : { strategy: row.helped_strategy as StrategyId, effect: row.helped_effect as AfterEffect },
      }));
    },
  };
}
