import { createRoute, z } from "@hono/zod-openapi";
import { sql } from "kysely";
import type { ServerContext } from "../context";
import { ApiError } from "../http/api-error";
import { featureRouter } from "../http/feature-router";
import { ErrorSchema, jsonResponse } from "../http/openapi-errors";

export const HealthSchema = z
  .object({
    status: z.literal("ok"),
    database: z.enum(["sqlite", "postgres"]),
    version: z.string().openapi({ example: "0.1.0" }),
  })
  .openapi("Health");

const health = createRoute({
  method: "get",
  path: "/health",
  tags: ["Service"],
  summary: "Whether the server and its database answer",
  responses: {
    200: jsonResponse(HealthSchema, "Healthy"),
    503: {
      description: "The database does not answer",
      content: { "application/json": { schema: ErrorSchema } },
    },
  },
});

/** GET /api/health: a real round trip to the database, so a load balancer sees a broken instance. */
export function healthRoutes(ctx: ServerContext) {
  return featureRouter().openapi(health, async (c) => {
    try {
      await sql`select 1`.execute(ctx.database.db);
    } catch (error) {
      ctx.logger.error("health check: database unavailable", { error });
      throw new ApiError(503, "database_unavailable", "The database does not answer.");
    }
    return c.json({ status: "ok" as const, database: ctx.database.dialect, version: ctx.version }, 200);
  });
}
