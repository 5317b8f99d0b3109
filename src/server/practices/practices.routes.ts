import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Locale } from "../../core/locale";
import { ownAccess, requireCaller, signedIn } from "../access/access";
import type { ServerContext } from "../context";
import type { AppEnv } from "../http/app-env";
import { featureRouter } from "../http/feature-router";
import { errorResponses, jsonBody, jsonResponse } from "../http/openapi-errors";
import { libraryView } from "./practice-view";
import {
  CompletionInputSchema,
  CompletionListQuerySchema,
  CompletionListSchema,
  CompletionParamsSchema,
  CompletionSchema,
  CompletionUpdateSchema,
  LibraryQuerySchema,
  LibrarySchema,
  PlanInputSchema,
  PlanQuerySchema,
  PlanSchema,
  ProgressQuerySchema,
  ProgressSchema,
} from "./practices.schema";
import { createPracticesService } from "./practices.service";

const tags = ["Practices"];
const middleware = signedIn;

const library = createRoute({
  method: "get",
  path: "/practices",
  tags,
  middleware,
  summary: "The library of practices, in the person's language",
  request: { query: LibraryQuerySchema },
  responses: { 200: jsonResponse(LibrarySchema, "Every practice"), ...errorResponses(400, 401) },
});

const getPlan = createRoute({
  method: "get",
  path: "/practices/plan",
  tags,
  middleware,
  summary: "This week's three practices (made from the latest finished check the first time it is asked for)",
  request: { query: PlanQuerySchema },
  responses: { 200: jsonResponse(PlanSchema, "The week's plan"), ...errorResponses(400, 401) },
});

const putPlan = createRoute({
  method: "put",
  path: "/practices/plan",
  tags,
  middleware,
  summary: "Choose this week's practices (0 to 3 picks; the plan's rule fills the rest)",
  request: { query: PlanQuerySchema, body: jsonBody(PlanInputSchema) },
  responses: {
    200: jsonResponse(PlanSchema, "The week's new plan"),
    ...errorResponses(400, 401, 403, 413, 415),
  },
});

const progress = createRoute({
  method: "get",
  path: "/practices/progress",
  tags,
  middleware,
  summary: "Practice over the weeks: counts only, no streaks",
  request: { query: ProgressQuerySchema },
  responses: { 200: jsonResponse(ProgressSchema, "Progress"), ...errorResponses(400, 401) },
});

const complete = createRoute({
  method: "post",
  path: "/practices/completions",
  tags,
  middleware,
  summary: "Mark a practice as done, with an optional reflection",
  request: { body: jsonBody(CompletionInputSchema) },
  responses: {
    201: jsonResponse(CompletionSchema, "Recorded"),
    ...errorResponses(400, 401, 403, 413, 415),
  },
});

const listCompletions = createRoute({
  method: "get",
  path: "/practices/completions",
  tags,
  middleware,
  summary: "Completed practices between two days, oldest first",
  request: { query: CompletionListQuerySchema },
  responses: { 200: jsonResponse(CompletionListSchema, "The completions"), ...errorResponses(400, 401) },
});

const getCompletion = createRoute({
  method: "get",
  path: "/practices/completions/{id}",
  tags,
  middleware,
  summary: "One completed practice",
  request: { params: CompletionParamsSchema },
  responses: { 200: jsonResponse(CompletionSchema, "The completion"), ...errorResponses(400, 401, 404) },
});

const updateCompletion = createRoute({
  method: "put",
  path: "/practices/completions/{id}",
  tags,
  middleware,
  summary: "Change the day or the reflection of a completed practice",
  request: { params: CompletionParamsSchema, body: jsonBody(CompletionUpdateSchema) },
  responses: {
    200: jsonResponse(CompletionSchema, "The updated completion"),
    ...errorResponses(400, 401, 403, 404, 413, 415),
  },
});

const removeCompletion = createRoute({
  method: "delete",
  path: "/practices/completions/{id}",
  tags,
  middleware,
  summary: "Undo marking a practice as done",
  request: { params: CompletionParamsSchema },
  responses: { 204: { description: "Deleted" }, ...errorResponses(400, 401, 403, 404) },
});

const localeOf = (c: Context<AppEnv>, requested: Locale | undefined): Locale =>
  requested ?? requireCaller(c).locale;

/** Practices, the weekly plan and progress (docs/design/weekly-plan.md). */
export function practicesRoutes(ctx: ServerContext) {
  const practices = createPracticesService(ctx);
  return featureRouter()
    .openapi(library, (c) => {
      requireCaller(c);
      return c.json({ practices: libraryView(localeOf(c, c.req.valid("query").locale)) }, 200);
    })
    .openapi(getPlan, async (c) => {
      const query = c.req.valid("query");
      const plan = await practices.plan(ownAccess(c), {
        today: query.today,
        locale: localeOf(c, query.locale),
      });
      return c.json(plan, 200);
    })
    .openapi(putPlan, async (c) => {
      const query = c.req.valid("query");
      const plan = await practices.choose(
        ownAccess(c),
        { today: query.today, locale: localeOf(c, query.locale) },
        c.req.valid("json").practiceIds,
      );
      return c.json(plan, 200);
    })
    .openapi(progress, async (c) =>
      c.json(await practices.progress(ownAccess(c), localeOf(c, c.req.valid("query").locale)), 200),
    )
    .openapi(complete, async (c) => c.json(await practices.complete(ownAccess(c), c.req.valid("json")), 201))
    .openapi(listCompletions, async (c) =>
      c.json({ completions: await practices.completions(ownAccess(c), c.req.valid("query")) }, 200),
    )
    .openapi(getCompletion, async (c) =>
      c.json(await practices.completion(ownAccess(c), c.req.valid("param").id), 200),
    )
    .openapi(updateCompletion, async (c) =>
      c.json(
        await practices.updateCompletion(ownAccess(c), c.req.valid("param").id, c.req.valid("json")),
        200,
      ),
    )
    .openapi(removeCompletion, async (c) => {
      await practices.deleteCompletion(ownAccess(c), c.req.valid("param").id);
      return c.body(null, 204);
    });
}
