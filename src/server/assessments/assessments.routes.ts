import { createRoute } from "@hono/zod-openapi";
import { ownAccess, requireCaller, signedIn } from "../access/access";
import type { ServerContext } from "../context";
import { featureRouter } from "../http/feature-router";
import { errorResponses, jsonBody, jsonResponse } from "../http/openapi-errors";
import {
  AnswerSchema,
  AssessmentListSchema,
  AssessmentParamsSchema,
  AssessmentSchema,
  LocaleQuerySchema,
  StartAssessmentSchema,
} from "./assessments.schema";
import { createAssessmentsService } from "./assessments.service";

const tags = ["Assessments"];
const middleware = signedIn;

const start = createRoute({
  method: "post",
  path: "/assessments",
  tags,
  middleware,
  summary: "Start a check; returns its id and the first item with progress",
  request: { body: jsonBody(StartAssessmentSchema) },
  responses: { 201: jsonResponse(AssessmentSchema, "Started"), ...errorResponses(400, 401, 403, 413, 415) },
});

const answer = createRoute({
  method: "post",
  path: "/assessments/{id}/answers",
  tags,
  middleware,
  summary: "Answer the current item, or change an earlier answer",
  description: "Returns the next item, or the result once the check is finished.",
  request: { params: AssessmentParamsSchema, query: LocaleQuerySchema, body: jsonBody(AnswerSchema) },
  responses: {
    200: jsonResponse(AssessmentSchema, "The check as it now stands"),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

const getOne = createRoute({
  method: "get",
  path: "/assessments/{id}",
  tags,
  middleware,
  summary: "Resume a check in progress, or show a finished one",
  request: { params: AssessmentParamsSchema, query: LocaleQuerySchema },
  responses: { 200: jsonResponse(AssessmentSchema, "The check"), ...errorResponses(400, 401, 404) },
});

const list = createRoute({
  method: "get",
  path: "/assessments",
  tags,
  middleware,
  summary: "Finished checks with scores, region and reliable change against the previous one",
  request: { query: LocaleQuerySchema },
  responses: { 200: jsonResponse(AssessmentListSchema, "The history"), ...errorResponses(400, 401) },
});

const remove = createRoute({
  method: "delete",
  path: "/assessments/{id}",
  tags,
  middleware,
  summary: "Delete a check (finished or not)",
  request: { params: AssessmentParamsSchema },
  responses: { 204: { description: "Deleted" }, ...errorResponses(400, 401, 403, 404) },
});

/** Assessments: start, answer, resume, history. */
export function assessmentsRoutes(ctx: ServerContext) {
  const assessments = createAssessmentsService(ctx);
  return featureRouter()
    .openapi(start, async (c) => {
      const { mode, locale } = c.req.valid("json");
      const view = await assessments.start(ownAccess(c), { mode, locale: locale ?? requireCaller(c).locale });
      return c.json(view, 201);
    })
    .openapi(answer, async (c) => {
      const view = await assessments.answer(
        ownAccess(c),
        c.req.valid("param").id,
        c.req.valid("json"),
        c.req.valid("query").locale,
      );
      return c.json(view, 200);
    })
    .openapi(getOne, async (c) =>
      c.json(await assessments.get(ownAccess(c), c.req.valid("param").id, c.req.valid("query").locale), 200),
    )
    .openapi(list, async (c) => {
      const locale = c.req.valid("query").locale ?? requireCaller(c).locale;
      return c.json(await assessments.list(ownAccess(c), locale), 200);
    })
    .openapi(remove, async (c) => {
      await assessments.delete(ownAccess(c), c.req.valid("param").id);
      return c.body(null, 204);
    });
}
