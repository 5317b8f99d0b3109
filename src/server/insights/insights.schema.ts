import { z } from "@hono/zod-openapi";
import { afterEffects, companyIds, strategyIds, triggerIds } from "../../core/patterns/checkin";
import { insightWindows } from "../../core/patterns/compute-insights";
import { trendMetricIds } from "../../core/patterns/metrics";
import { LocaleSchema } from "../auth/auth.schema";
import { DaySchema } from "../checkins/checkins.schema";

export const InsightsQuerySchema = z.strictObject({
  days: z
    .enum(insightWindows.map(String) as ["30", "90", "365"], "must be 30, 90 or 365")
    .optional()
    .openapi({
      param: { name: "days", in: "query" },
      description: "How many days to look back over, ending today (default 30)",
    }),
  today: DaySchema.optional().openapi({
    param: { name: "today", in: "query" },
    description: "Today's date in the person's time zone (default: the server's UTC date)",
  }),
  locale: LocaleSchema.optional().openapi({
    param: { name: "locale", in: "query" },
    description: "Language of the texts (default: the account's)",
  }),
});

const GroupSummarySchema = z
  .object({
    days: z.int(),
    mean: z.number().nullable(),
    low: z.number().nullable(),
    high: z.number().nullable(),
  })
  .openapi("InsightGroup", { description: "Days in a group and their mean with a 95% interval" });

const EffectSchema = z
  .object({
    measure: z.enum(["mean-difference", "share-difference", "better-among-changed"]),
    estimate: z.number(),
    low: z.number(),
    high: z.number(),
    level: z.number(),
    noEffect: z.number().openapi({ description: "The value that would mean no effect" }),
    method: z.enum(["welch-t", "bootstrap-percentile", "clopper-pearson"]),
    standardized: z.number().nullable(),
  })
  .openapi("InsightEffect");

const comparisonBase = {
  id: z.string().openapi({ example: "trigger:no-reply" }),
  n: z.int().openapi({ description: "The number of days the comparison rests on" }),
  status: z.enum(["shown", "not-clear", "too-little-data", "no-variation"]),
  effect: EffectSchema.nullable(),
  pValue: z.number().nullable(),
  adjustedPValue: z.number().nullable().openapi({ description: "After Holm's adjustment across the report" }),
  text: z.string().nullable().openapi({ description: "The observation, only when shown" }),
};

const ChangeSchema = z
  .object({
    ...comparisonBase,
    kind: z.literal("change"),
    metric: z.enum(trendMetricIds),
    thisWeek: GroupSummarySchema,
    lastWeek: GroupSummarySchema,
  })
  .openapi("InsightChange");

const TriggerSchema = z
  .object({
    ...comparisonBase,
    kind: z.literal("trigger"),
    trigger: z.enum(triggerIds),
    withDays: GroupSummarySchema,
    otherDays: GroupSummarySchema,
  })
  .openapi("InsightTrigger");

const CompanySchema = z
  .object({
    ...comparisonBase,
    kind: z.literal("company"),
    company: z.enum(companyIds),
    withDays: GroupSummarySchema,
    otherDays: GroupSummarySchema,
  })
  .openapi("InsightCompany");

const StrategySchema = z
  .object({
    ...comparisonBase,
    kind: z.literal("strategy"),
    strategy: z.enum(strategyIds),
    uses: z.int(),
    better: z.int(),
    same: z.int(),
    worse: z.int(),
    shareBetter: z.object({ estimate: z.number(), low: z.number(), high: z.number() }).nullable(),
  })
  .openapi("InsightStrategy");

const TrendSchema = z
  .object({
    metric: z.enum(trendMetricIds),
    label: z.string(),
    points: z.array(
      z.object({
        date: z.string(),
        value: z.number().nullable(),
        average7: z.number().nullable(),
        average30: z.number().nullable(),
      }),
    ),
    last7: GroupSummarySchema,
    last30: GroupSummarySchema,
  })
  .openapi("InsightTrend");

export const InsightsSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    days: z.union([z.literal(30), z.literal(90), z.literal(365)]),
    locale: LocaleSchema,
    checkinCount: z.int().openapi({ description: "Check-ins inside the window" }),
    trends: z.array(TrendSchema),
    changes: z.array(ChangeSchema).openapi({ description: "This week against the week before" }),
    triggers: z.array(TriggerSchema),
    strategies: z.array(StrategySchema),
    company: z.array(CompanySchema),
    insights: z
      .array(z.union([ChangeSchema, TriggerSchema, StrategySchema, CompanySchema]))
      .openapi({ description: "The comparisons that are shown, clearest first" }),
    feelings: z.array(z.object({ id: z.string(), label: z.string(), days: z.int() })),
    summary: z
      .object({
        from: z.string(),
        to: z.string(),
        checkins: z.int(),
        headline: z.string(),
        lines: z.array(z.string()),
      })
      .openapi("WeeklySummary"),
    method: z.object({
      comparisonsTested: z.int(),
      familyErrorRate: z.number(),
      intervalLevel: z.number(),
      minimums: z.record(z.string(), z.number()),
    }),
  })
  .openapi("Insights", {
    description:
      "Trends, comparisons and the few observations worth stating (docs/design/insights.md). " +
      `Strategy outcomes use ${afterEffects.join(" / ")}.`,
  });
