import { z } from "@hono/zod-openapi";
import { ScaleScoreSchema } from "../assessments/assessments.schema";
import { UserSchema } from "../auth/auth.schema";
import { CheckinSchema } from "../checkins/checkins.schema";
import { JournalEntrySchema } from "../journal/journal.schema";
import { CompletionSchema } from "../practices/practices.schema";

/** Version of the export document; bumped whenever a field changes meaning or disappears. */
export const exportVersion = 1;

export const ExportSchema = z
  .object({
    format: z.literal("poise-export"),
    version: z.literal(exportVersion),
    exportedAt: z.string(),
    account: UserSchema,
    checkins: z.array(CheckinSchema).openapi({ description: "Every check-in, oldest first" }),
    journal: z.array(JournalEntrySchema).openapi({ description: "Every journal entry, oldest first" }),
    assessments: z
      .array(
        z.object({
          id: z.string(),
          mode: z.enum(["adaptive", "full"]),
          locale: z.enum(["en", "fr"]),
          status: z.enum(["in-progress", "finished"]),
          startedAt: z.string(),
          finishedAt: z.string().nullable(),
          answers: z.array(z.object({ itemId: z.string(), value: z.int() })),
          scores: z.array(ScaleScoreSchema).nullable(),
        }),
      )
      .openapi({
        description: "Every check, oldest first, with raw answers (1..5) and scores once finished",
      }),
    practices: z
      .object({
        plans: z.array(
          z.object({
            weekStart: z.string(),
            practiceIds: z.array(z.string()),
            reasons: z.array(
              z.object({
                practiceId: z.string(),
                reason: z.enum(["chosen", "focus", "strength", "general"]),
                facet: z.string().nullable(),
              }),
            ),
            chosen: z.boolean(),
            assessmentId: z.string().nullable(),
            createdAt: z.string(),
            updatedAt: z.string(),
          }),
        ),
        completions: z.array(CompletionSchema),
      })
      .openapi({
        description:
          "Every weekly plan (oldest week first) and every practice marked as done, reflections included",
      }),
  })
  .openapi("Export");

export type ExportDocument = z.infer<typeof ExportSchema>;
