import { createRoute } from "@hono/zod-openapi";
import type { InsightWindow } from "../../core/patterns/index";
import { ownAccess, requireCaller, signedIn } from "../access/access";
import type { ServerContext } from "../context";
import { featureRouter } from "../http/feature-router";
import { errorResponses, jsonResponse } from "../http/openapi-errors";
import { InsightsQuerySchema, InsightsSchema } from "./insights.schema";
import { createInsightsService } from "./insights.service";

const report = createRoute({
  method: "get",
  path: "/insights",
  tags: ["Insights"],
  middleware: signedIn,
  summary: "Trends, comparisons and observations from the person's check-ins, with a weekly summary",
  request: { query: InsightsQuerySchema },
  responses: { 200: jsonResponse(InsightsSchema, "The insights"), ...errorResponses(400, 401) },
});

/** Insights (docs/design/insights.md). */
export function insightsRoutes(ctx: ServerContext) {
  const insights = createInsightsService(ctx);
  return featureRouter().openapi(report, async (c) => {
    const query = c.req.valid("query");
    const body = await insights.report(ownAccess(c), {
      days: Number(query.days ?? 30) as InsightWindow,
      today: query.today,
      locale: query.locale ?? requireCaller(c).locale,
    });
    return c.json(body, 200);
  });
}
