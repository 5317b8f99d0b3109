import { z } from "@hono/zod-openapi";

export const titleMaxLength = 200;
export const textMaxLength = 20_000;

export const JournalInputSchema = z
  .strictObject({
    title: z
      .string()
      .max(titleMaxLength, `must be at most ${titleMaxLength} characters`)
      .nullish()
      .openapi({ description: "Optional title, encrypted at rest", example: "A quieter evening" }),
    text: z
      .string()
      .max(textMaxLength, `must be at most ${textMaxLength} characters`)
      .refine((s) => s.trim().length > 0, "must not be empty")
      .openapi({
        description: "The entry, encrypted at rest",
        example: "I waited before replying, and it was fine.",
      }),
    promptId: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "must be a prompt id (lower-case letters, digits and dashes)")
      .nullish()
      .openapi({ description: "The reflection prompt the entry answers, if any" }),
  })
  .openapi("JournalInput");

export type JournalInput = z.infer<typeof JournalInputSchema>;

export const JournalEntrySchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    text: z.string(),
    promptId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("JournalEntry");

export type JournalEntry = z.infer<typeof JournalEntrySchema>;

export const JournalPageSchema = z
  .object({
    entries: z.array(JournalEntrySchema),
    nextCursor: z.string().nullable().openapi({ description: "Pass as `cursor` for the next (older) page" }),
  })
  .openapi("JournalPage");

export const JournalListQuerySchema = z.strictObject({
  limit: z.coerce
    .number("must be a number")
    .int("must be a whole number")
    .min(1, "must be from 1 to 100")
    .max(100, "must be from 1 to 100")
    .optional()
    .openapi({ param: { name: "limit", in: "query" }, description: "Entries per page (default 20)" }),
  cursor: z
    .string()
    .max(200, "is not a cursor from this API")
    .optional()
    .openapi({ param: { name: "cursor", in: "query" }, description: "nextCursor of the previous page" }),
  q: z
    .string()
    .max(200, "must be at most 200 characters")
    .optional()
    .openapi({
      param: { name: "q", in: "query" },
      description: "Only entries whose title or text contain this",
    }),
});

export const EntryParamsSchema = z.object({
  id: z.uuid("must be an entry id").openapi({ param: { name: "id", in: "path" } }),
});
