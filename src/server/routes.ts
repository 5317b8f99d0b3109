import type { OpenAPIHono } from "@hono/zod-openapi";
import { assessmentsRoutes } from "./assessments/assessments.routes";
import { authRoutes } from "./auth/auth.routes";
import { checkinsRoutes } from "./checkins/checkins.routes";
import type { ServerContext } from "./context";
import { exportRoutes } from "./export/export.routes";
import { healthRoutes } from "./health/health.routes";
import type { AppEnv } from "./http/app-env";
import { insightsRoutes } from "./insights/insights.routes";
import { journalRoutes } from "./journal/journal.routes";
import { practicesRoutes } from "./practices/practices.routes";

/**
 * Every API feature, mounted under /api in this one place. A feature folder exports a function from
 * the ServerContext to its router; adding a feature (insights/, practices/) is one line here.
 */
export const apiFeatures: ReadonlyArray<(ctx: ServerContext) => OpenAPIHono<AppEnv>> = [
  healthRoutes,
  authRoutes,
  checkinsRoutes,
  journalRoutes,
  assessmentsRoutes,
  exportRoutes,
  insightsRoutes,
  practicesRoutes,
];

export function mountApiRoutes(api: OpenAPIHono<AppEnv>, ctx: ServerContext): void {
  for (const feature of apiFeatures) api.route("/", feature(ctx));
}
