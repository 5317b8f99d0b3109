import type { AfterEffect, StrategyId } from "../../core/patterns/checkin";
import type { Access } from "../access/access";
import { textCipherFor } from "../access/text-cipher-for";
import type { ServerContext } from "../context";
import { invalidField, notFound } from "../http/api-error";
import { latestAllowedDay } from "./calendar-day";
import { type CheckinRow, type CheckinValues, createCheckinsRepository } from "./checkins.repository";
import type { Checkin, CheckinInput } from "./checkins.schema";

const noteContext = (day: string) => `checkin.note:${day}`;

function parseList<T>(json: string | null): T[] {
  return json ? (JSON.parse(json) as T[]) : [];
}

/** Daily check-ins: validation beyond the schema (no future days), note encryption, mapping. */
export function createCheckinsService(ctx: ServerContext) {
  const repository = createCheckinsRepository(ctx.database.db);

  function toValues(input: CheckinInput, sealNote: (note: string) => string): CheckinValues {
    const note = input.note?.trim() ? input.note : null;
    return {
      mood: input.mood,
      energy: input.energy ?? null,
      feelings: input.feelings?.length ? JSON.stringify(input.feelings) : null,
      company: input.company?.length ? JSON.stringify(input.company) : null,
      reassurance_count: input.reassurance?.count ?? null,
      reassurance_felt_after: input.reassurance?.feltAfter ?? null,
      decisions_alone: input.decisions?.alone ?? null,
      decisions_after_approval: input.decisions?.afterApproval ?? null,
      comfort_alone: input.comfortAlone ?? null,
      trigger_kind: input.trigger ?? null,
      helped_strategy: input.helped?.strategy ?? null,
      helped_effect: input.helped?.effect ?? null,
      note_sealed: note === null ? null : sealNote(note),
    };
  }

  function toCheckin(row: CheckinRow, openNote: (sealed: string, day: string) => string): Checkin {
    return {
      date: row.day,
      mood: row.mood,
      energy: row.energy,
      feelings: parseList(row.feelings),
      company: parseList(row.company),
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
      trigger: row.trigger_kind as Checkin["trigger"],
      helped:
        row.helped_strategy === null || row.helped_effect === null
          ? null
          : { strategy: row.helped_strategy as StrategyId, effect: row.helped_effect as AfterEffect },
      note: row.note_sealed === null ? null : openNote(row.note_sealed, row.day),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  const reader = (access: Access) => {
    const cipher = textCipherFor(ctx.keys, access, "checkins:read");
    return (row: CheckinRow) => toCheckin(row, (sealed, day) => cipher.decrypt(sealed, noteContext(day)));
  };

  return {
    /** Creates or replaces the day's check-in. Refuses days in the future everywhere on Earth. */
    async put(
      access: Access,
      day: string,
      input: CheckinInput,
    ): Promise<{ checkin: Checkin; created: boolean }> {
      const now = ctx.clock();
      if (day > latestAllowedDay(now)) throw invalidField("date", "is in the future");
      const cipher = textCipherFor(ctx.keys, access, "checkins:write");
      const values = toValues(input, (note) => cipher.encrypt(note, noteContext(day)));
      const row = await repository.upsert(access, day, values, now.toISOString());
      const note = input.note?.trim() ? input.note : null;
      return { checkin: toCheckin(row, () => note ?? ""), created: row.created };
    },

    async get(access: Access, day: string): Promise<Checkin> {
      const row = await repository.get(access, day);
      if (!row) throw notFound("There is no check-in for that day.");
      return reader(access)(row);
    },

    async list(access: Access, range: { from?: string; to?: string }): Promise<Checkin[]> {
      if (range.from && range.to && range.from > range.to) throw invalidField("from", "must not be after to");
      const rows = await repository.list(access, range);
      return rows.map(reader(access));
    },

    async delete(access: Access, day: string): Promise<void> {
      if (!(await repository.delete(access, day))) throw notFound("There is no check-in for that day.");
    },
  };
}

export type CheckinsService = ReturnType<typeof createCheckinsService>;
