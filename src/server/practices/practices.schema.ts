import { z } from "@hono/zod-openapi";
import { PLAN_SIZE } from "../../core/practices/index";
import { LocaleSchema } from "../auth/auth.schema";
import { DaySchema } from "../checkins/checkins.schema";

export const reflectionMaxLength = 4000;

const scaleIds = ["reliance", "distance", "self-trust", "connection"] as const;
const planReasons = ["chosen", "focus", "strength", "general"] as const;

const PracticeIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "must be a practice id (lower-case letters, digits and dashes)")
  .openapi({ example: "name-it-to-tame-it" });

const TodayQuery = DaySchema.optional().openapi({
  param: { name: "today", in: "query" },
  description: "Today's date in the person's time zone (default: the server's UTC date)",
});

const LocaleQuery = LocaleSchema.optional().openapi({
  param: { name: "locale", in: "query" },
  description: "Language of the texts (default: the account's)",
});

export const LibraryQuerySchema = z.strictObject({ locale: LocaleQuery });
export const PlanQuerySchema = z.strictObject({ today: TodayQuery, locale: LocaleQuery });
export const ProgressQuerySchema = z.strictObject({ locale: LocaleQuery });
export const CompletionListQuerySchema = z.strictObject({
  from: DaySchema.optional().openapi({ param: { name: "from", in: "query" }, description: "First day" }),
  to: DaySchema.optional().openapi({ param: { name: "to", in: "query" }, description: "Last day" }),
});

export const CompletionParamsSchema = z.object({
  id: z.uuid("must be a completion id").openapi({ param: { name: "id", in: "path" } }),
});

const FacetSchema = z
  .object({ id: z.string(), scale: z.enum(scaleIds), name: z.string() })
  .openapi("PracticeFacet");

export const PracticeSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    why: z.string().openapi({ description: "Why it helps" }),
    steps: z.array(z.string()).openapi({ description: "How to do it" }),
    reflection: z.string().openapi({ description: "A question to answer afterwards" }),
    rungs: z.array(z.string()).nullable().openapi({ description: "For a graded ladder, easiest first" }),
    minutes: z.int(),
    scale: z.enum(scaleIds).openapi({ description: "The scale of its main facet" }),
    facets: z.array(FacetSchema).openapi({ description: "The facets it works on, the main one first" }),
  })
  .openapi("Practice");

export const LibrarySchema = z.object({ practices: z.array(PracticeSchema) }).openapi("PracticeLibrary");

export const CompletionSchema = z
  .object({
    id: z.string(),
    practiceId: z.string(),
    date: z.string(),
    reflection: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("PracticeCompletion");

export type Completion = z.infer<typeof CompletionSchema>;

export const CompletionListSchema = z
  .object({ completions: z.array(CompletionSchema) })
  .openapi("PracticeCompletionList");

export const PlanSchema = z
  .object({
    weekStart: z.string().openapi({ description: "Monday of the week" }),
    basis: z.object({
      kind: z.enum(["profile", "starter"]).openapi({
        description: "profile: from the latest finished check; starter: no check yet",
      }),
      assessmentId: z.string().nullable(),
    }),
    chosen: z.boolean().openapi({ description: "True when the person picked all three practices" }),
    practices: z.array(
      z.object({
        practice: PracticeSchema,
        reason: z.enum(planReasons),
        facet: FacetSchema.nullable().openapi({ description: "The facet it was picked for" }),
        completions: z.array(CompletionSchema).openapi({ description: "Times it was done this week" }),
      }),
    ),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("PracticePlan");

export type PlanView = z.infer<typeof PlanSchema>;

export const PlanInputSchema = z
  .strictObject({
    practiceIds: z
      .array(PracticeIdSchema)
      .max(PLAN_SIZE, `must list at most ${PLAN_SIZE} practices`)
      .refine((ids) => new Set(ids).size === ids.length, "must not repeat a practice")
      .openapi({
        description:
          "The practices the person picks for the week (0 to 3); the plan's rule fills the rest. " +
          "A practice already in the plan keeps its reason.",
        example: ["solo-hour", "i-statements", "values-compass"],
      }),
  })
  .openapi("PracticePlanInput");

const ReflectionSchema = z
  .string()
  .max(reflectionMaxLength, `must be at most ${reflectionMaxLength} characters`)
  .nullish()
  .openapi({ description: "Optional reflection, encrypted at rest" });

export const CompletionInputSchema = z
  .strictObject({
    practiceId: PracticeIdSchema,
    date: DaySchema.optional().openapi({ description: "The day it was done (default: today)" }),
    reflection: ReflectionSchema,
  })
  .openapi("PracticeCompletionInput");

export type CompletionInput = z.infer<typeof CompletionInputSchema>;

export const CompletionUpdateSchema = z
  .strictObject({ date: DaySchema, reflection: ReflectionSchema })
  .openapi("PracticeCompletionUpdate");

export const ProgressSchema = z
  .object({
    summary: z.string().openapi({ description: "One or two sentences about practice so far" }),
    totalCompletions: z.int(),
    activeWeeks: z.int(),
    reflections: z.int(),
    weeks: z.array(
      z.object({
        weekStart: z.string(),
        planned: z.array(z.string()),
        done: z.array(z.string()),
        plannedDone: z.int(),
        completions: z.int(),
      }),
    ),
    practices: z.array(
      z.object({
        practiceId: z.string(),
        title: z.string(),
        completions: z.int(),
        lastDate: z.string(),
      }),
    ),
    facets: z.array(FacetSchema.extend({ completions: z.int() })),
  })
  .openapi("PracticeProgress", { description: "Counts only: no streaks, nothing about missed weeks" });
