import { z } from "@hono/zod-openapi";
import { LocaleSchema } from "../auth/auth.schema";

const scaleIds = ["reliance", "distance", "self-trust", "connection"] as const;
const regionIds = ["balanced", "leaning-on-others", "keeping-distance", "pulled-both-ways"] as const;
const zones = ["leaning-on-others", "balanced", "going-it-alone"] as const;
const readings = [...zones, "pulled-both-ways"] as const;

export const StartAssessmentSchema = z
  .strictObject({
    mode: z.enum(["adaptive", "full"]).openapi({
      description: "adaptive: a short computerised adaptive check (the default flow); full: every item",
    }),
    locale: LocaleSchema.optional().openapi({
      description: "Language of the items (default: the account's)",
    }),
  })
  .openapi("StartAssessment");

export const AnswerSchema = z
  .strictObject({
    itemId: z.string().min(1, "is required").max(64, "is not an item id").openapi({ example: "rel-03" }),
    value: z
      .int("must be a whole number from 1 to 5")
      .min(1, "must be from 1 (strongly disagree) to 5 (strongly agree)")
      .max(5, "must be from 1 (strongly disagree) to 5 (strongly agree)")
      .openapi({ example: 4 }),
  })
  .openapi("Answer");

export const AssessmentParamsSchema = z.object({
  id: z.uuid("must be an assessment id").openapi({ param: { name: "id", in: "path" } }),
});

export const LocaleQuerySchema = z.strictObject({
  locale: LocaleSchema.optional().openapi({
    param: { name: "locale", in: "query" },
    description: "Language of the texts (default: the assessment's, or the account's)",
  }),
});

export const ItemSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    options: z.array(z.object({ value: z.int(), label: z.string() })),
  })
  .openapi("AssessmentItem");

export const ProgressSchema = z
  .object({
    answered: z.int(),
    estimatedTotal: z.int().openapi({ description: "Honest estimate of the items this check will take" }),
    fraction: z.number(),
    finished: z.boolean(),
  })
  .openapi("AssessmentProgress");

export const ScaleScoreSchema = z
  .object({
    scale: z.enum(scaleIds),
    theta: z.number(),
    se: z.number(),
    tScore: z.number(),
    tBand: z.tuple([z.number(), z.number()]),
    classical: z.number().nullable(),
    answered: z.int(),
  })
  .openapi("ScaleScore");

const probabilitiesOf = <const T extends readonly [string, ...string[]]>(ids: T) =>
  z.object(Object.fromEntries(ids.map((id) => [id, z.number()])) as { [K in T[number]]: z.ZodNumber });

export const ProfileSchema = z
  .object({
    locale: LocaleSchema,
    provisional: z.boolean(),
    scales: z.array(ScaleScoreSchema.extend({ name: z.string() })),
    region: z.object({
      id: z.enum(regionIds),
      name: z.string(),
      probability: z.number(),
      probabilities: probabilitiesOf(regionIds),
      highProbability: z.object({ reliance: z.number(), distance: z.number() }),
      certainty: z.enum(["clear", "likely", "uncertain"]),
      summary: z.string(),
      certaintyText: z.string(),
    }),
    spectrum: z.object({
      reading: z.enum(readings).openapi({
        description: "What the line says: the balance map's most probable region, in the line's words",
      }),
      zone: z.enum(zones).openapi({ description: "The third of the line the dot sits in" }),
      showsDot: z.boolean().openapi({
        description: 'False when the reading is "pulled-both-ways": one line cannot place both pulls',
      }),
      label: z.string(),
      labels: z.tuple([z.string(), z.string(), z.string()]),
      difference: z.number(),
      se: z.number(),
      interval: z.tuple([z.number(), z.number()]),
      position: z.number(),
      positionInterval: z.tuple([z.number(), z.number()]),
      probabilities: probabilitiesOf(readings),
      summary: z.string(),
      note: z.string().nullable(),
    }),
    strengths: z.array(
      z.object({
        scale: z.enum(["self-trust", "connection"]),
        name: z.string(),
        level: z.enum(["growing", "steady", "strong"]),
        levelName: z.string(),
        tScore: z.number(),
        reading: z.string(),
        caution: z.string().nullable(),
      }),
    ),
    focusFacets: z.array(
      z.object({
        facet: z.string(),
        scale: z.enum(scaleIds),
        name: z.string(),
        direction: z.enum(["ease", "build"]),
        need: z.number(),
        evidence: z.enum(["answers", "scale"]),
        why: z.string(),
        dailyLife: z.string(),
        firstStep: z.string(),
      }),
    ),
    notes: z.object({ notClinical: z.string(), provisional: z.string(), rightNow: z.string() }),
  })
  .openapi("Profile");

export const AssessmentSchema = z
  .object({
    id: z.string(),
    mode: z.enum(["adaptive", "full"]),
    locale: LocaleSchema,
    status: z.enum(["in-progress", "finished"]),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    progress: ProgressSchema,
    item: ItemSchema.nullable().openapi({ description: "The next item to answer; null once finished" }),
    answers: z
      .array(z.object({ itemId: z.string(), value: z.int(), text: z.string() }))
      .openapi({ description: "Answers so far, in the order first given (for going back)" }),
    result: z
      .object({ scores: z.array(ScaleScoreSchema), profile: ProfileSchema })
      .nullable()
      .openapi({ description: "Scores and profile once finished" }),
  })
  .openapi("Assessment");

export const ChangeSchema = z
  .object({
    previousId: z.string(),
    scales: z.array(
      z.object({
        scale: z.enum(scaleIds),
        class: z.enum(["improvement", "no-change", "worsening"]),
        z: z.number().openapi({ description: "(θ₂ − θ₁)/√(SE₁² + SE₂²)" }),
        difference: z.number(),
        improvementDirection: z.enum(["increase", "decrease"]),
      }),
    ),
  })
  .openapi("ReliableChangeSinceLast");

export const AssessmentSummarySchema = z
  .object({
    id: z.string(),
    mode: z.enum(["adaptive", "full"]),
    startedAt: z.string(),
    finishedAt: z.string(),
    scores: z.array(ScaleScoreSchema),
    region: ProfileSchema.shape.region.pick({
      id: true,
      name: true,
      probability: true,
      probabilities: true,
      certainty: true,
    }),
    spectrum: ProfileSchema.shape.spectrum.pick({
      reading: true,
      zone: true,
      showsDot: true,
      label: true,
      position: true,
      positionInterval: true,
    }),
    change: ChangeSchema.nullable().openapi({
      description: "Reliable change against the previous finished check",
    }),
  })
  .openapi("AssessmentSummary");

export const AssessmentListSchema = z
  .object({
    assessments: z.array(AssessmentSummarySchema).openapi({ description: "Finished checks, oldest first" }),
    inProgress: z
      .object({
        id: z.string(),
        mode: z.enum(["adaptive", "full"]),
        startedAt: z.string(),
        progress: ProgressSchema,
      })
      .nullable()
      .openapi({ description: "The most recent unfinished check, to resume" }),
    provisional: z.boolean().openapi({ description: "True while the item parameters are provisional" }),
  })
  .openapi("AssessmentList");

export type AssessmentView = z.infer<typeof AssessmentSchema>;
export type AssessmentSummary = z.infer<typeof AssessmentSummarySchema>;
