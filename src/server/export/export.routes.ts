import { createRoute, z } from "@hono/zod-openapi";
import { ownAccess, signedIn } from "../access/access";
import type { ServerContext } from "../context";
import { featureRouter } from "../http/feature-router";
import { errorResponses, jsonResponse } from "../http/openapi-errors";
import { ExportSchema } from "./export.schema";
import { createExportService } from "./export.service";

const tags = ["Export"];

const exportJson = createRoute({
  method: "get",
  path: "/export",
  tags,
  middleware: signedIn,
  summary: "Everything the person owns, as one versioned JSON document",
  responses: { 200: jsonResponse(ExportSchema, "The export (sent as a download)"), ...errorResponses(401) },
});

const exportCsv = createRoute({
  method: "get",
  path: "/export.csv",
  tags,
  middleware: signedIn,
  summary: "Check-ins and scores as CSV",
  responses: {
    200: {
      description:
        "One row per check-in (record=checkin), then one per scale of each finished check (record=score)",
      content: { "text/csv": { schema: z.string() } },
    },
    ...errorResponses(401),
  },
});

/** The person's data, to take elsewhere. */
export function exportRoutes(ctx: ServerContext) {
  const exporter = createExportService(ctx);
  const filename = (extension: string) =>
    `poise-export-${ctx.clock().toISOString().slice(0, 10)}.${extension}`;
  return featureRouter()
    .openapi(exportJson, async (c) => {
      const document = await exporter.document(ownAccess(c));
      c.header("Content-Disposition", `attachment; filename="${filename("json")}"`);
      return c.json(document, 200);
    })
    .openapi(exportCsv, async (c) => {
      const csv = await exporter.csv(ownAccess(c));
      c.header("Content-Disposition", `attachment; filename="${filename("csv")}"`);
      c.header("Content-Type", "text/csv; charset=utf-8");
      return c.body(csv, 200);
    });
}
