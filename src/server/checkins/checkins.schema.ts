import { z } from "@hono/zod-openapi";
import { isCalendarDate } from "../../core/patterns/calendar-date";
import {
  afterEffects,
  checkinRanges,
  companyIds,
  strategyIds,
  triggerIds,
} from "../../core/patterns/checkin";
import { feelingIds } from "../../core/patterns/feelings";
import { earliestDay } from "./calendar-day";

// The vocabularies and ranges are the core's (src/core/patterns/checkin.ts), so the analytics, the
// web app and this API agree on every id.
const feelingEnum = z.enum(feelingIds as [string, ...string[]]);

export const noteMaxLength = 4000;

const unique = <T>(items: T[]) => new Set(items).size === items.length;

function wholeNumber(range: { min: number; max: number }, meaning: string) {
  const message = `must be a whole number from ${range.min} to ${range.max}${meaning ? ` (${meaning})` : ""}`;
  return z.int(message).min(range.min, message).max(range.max, message);
}

export const DaySchema = z
  .string()
  .refine((s) => isCalendarDate(s), "must be a calendar day written YYYY-MM-DD")
  .refine((s) => s >= earliestDay, `must not be before ${earliestDay}`)
  .openapi({ example: "2026-11-25", description: "A calendar day, YYYY-MM-DD" });

export const DayParamsSchema = z.object({
  date: DaySchema.openapi({ param: { name: "date", in: "path" } }),
});

export const EffectSchema = z
  .enum(afterEffects)
  .openapi({ description: "How it left the person afterwards" });

/** The body of PUT /api/checkins/{date}. Only `mood` is required; null or absent means "not noted". */
export const CheckinInputSchema = z
  .strictObject({
    mood: wholeNumber(checkinRanges.mood, "-3 unpleasant, 3 pleasant").openapi({
      description: "Unpleasant (-3) to pleasant (3)",
      example: 1,
    }),
    energy: wholeNumber(checkinRanges.energy, "1 drained, 5 full of energy")
      .nullish()
      .openapi({ description: "Drained (1) to full of energy (5)", example: 3 }),
    feelings: z
      .array(feelingEnum)
      .max(feelingIds.length)
      .refine(unique, "must not repeat a feeling")
      .nullish()
      .openapi({ description: "Named feelings from the fixed list", example: ["calm", "hopeful"] }),
    company: z
      .array(z.enum(companyIds))
      .max(companyIds.length)
      .refine(unique, "must not repeat a companion")
      .nullish()
      .openapi({ description: "Who the day was spent with", example: ["partner"] }),
    reassurance: z
      .strictObject({
        count: wholeNumber(checkinRanges.reassuranceCount, ""),
        feltAfter: EffectSchema.nullish(),
      })
      .nullish()
      .openapi({ description: "How often reassurance was sought today, and how it felt afterwards" }),
    decisions: z
      .strictObject({
        alone: wholeNumber(checkinRanges.decisions, ""),
        afterApproval: wholeNumber(checkinRanges.decisions, ""),
      })
      .nullish()
      .openapi({ description: "Decisions made on one's own vs only after someone's approval" }),
    comfortAlone: wholeNumber(checkinRanges.comfortAlone, "1 very uneasy, 5 at ease")
      .nullish()
      .openapi({ description: "Comfort with time alone: very uneasy (1) to at ease (5)" }),
    trigger: z
      .enum(triggerIds)
      .nullish()
      .openapi({ description: "What set the day off balance, if anything" }),
    helped: z
      .strictObject({ strategy: z.enum(strategyIds), effect: EffectSchema })
      .nullish()
      .openapi({ description: "What helped, with its effect" }),
    note: z
      .string()
      .max(noteMaxLength, `must be at most ${noteMaxLength} characters`)
      .nullish()
      .openapi({ description: "Private note, encrypted at rest" }),
  })
  .openapi("CheckinInput");

export type CheckinInput = z.infer<typeof CheckinInputSchema>;

export const CheckinSchema = z
  .object({
    date: z.string().openapi({ example: "2026-11-25" }),
    mood: z.int(),
    energy: z.int().nullable(),
    feelings: z.array(z.string()),
    company: z.array(z.enum(companyIds)),
    reassurance: z.object({ count: z.int(), feltAfter: EffectSchema.nullable() }).nullable(),
    decisions: z.object({ alone: z.int(), afterApproval: z.int() }).nullable(),
    comfortAlone: z.int().nullable(),
    trigger: z.enum(triggerIds).nullable(),
    helped: z.object({ strategy: z.enum(strategyIds), effect: EffectSchema }).nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Checkin");

export type Checkin = z.infer<typeof CheckinSchema>;

export const CheckinListSchema = z.object({ checkins: z.array(CheckinSchema) }).openapi("CheckinList");

export const CheckinRangeQuerySchema = z.strictObject({
  from: DaySchema.optional().openapi({
    param: { name: "from", in: "query" },
    description: "First day (inclusive)",
  }),
  to: DaySchema.optional().openapi({
    param: { name: "to", in: "query" },
    description: "Last day (inclusive)",
  }),
});
