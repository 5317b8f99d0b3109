import { createRoute } from "@hono/zod-openapi";
import { ownAccess, signedIn } from "../access/access";
import type { ServerContext } from "../context";
import { featureRouter } from "../http/feature-router";
import { errorResponses, jsonBody, jsonResponse } from "../http/openapi-errors";
import { CheckinSavedSchema } from "./checkin-saved.schema";
import {
  CheckinInputSchema,
  CheckinListSchema,
  CheckinRangeQuerySchema,
  CheckinSchema,
  DayParamsSchema,
} from "./checkins.schema";
import { createCheckinsService } from "./checkins.service";

const tags = ["Check-ins"];

const list = createRoute({
  method: "get",
  path: "/checkins",
  tags,
  middleware: signedIn,
  summary: "Check-ins between two days, oldest first",
  request: { query: CheckinRangeQuerySchema },
  responses: { 200: jsonResponse(CheckinListSchema, "The check-ins"), ...errorResponses(400, 401) },
});

const getOne = createRoute({
  method: "get",
  path: "/checkins/{date}",
  tags,
  middleware: signedIn,
  summary: "The check-in of one day",
  request: { params: DayParamsSchema },
  responses: { 200: jsonResponse(CheckinSchema, "The check-in"), ...errorResponses(400, 401, 404) },
});

const put = createRoute({
  method: "put",
  path: "/checkins/{date}",
  tags,
  middleware: signedIn,
  summary: "Create or replace the check-in of a day",
  request: { params: DayParamsSchema, body: jsonBody(CheckinInputSchema) },
  responses: {
    200: jsonResponse(CheckinSavedSchema, "Replaced, with what the note's words suggest"),
    201: jsonResponse(CheckinSavedSchema, "Created, with what the note's words suggest"),
    ...errorResponses(400, 401, 403, 413, 415),
  },
});

const remove = createRoute({
  method: "delete",
  path: "/checkins/{date}",
  tags,
  middleware: signedIn,
  summary: "Delete the check-in of a day",
  request: { params: DayParamsSchema },
  responses: { 204: { description: "Deleted" }, ...errorResponses(400, 401, 403, 404) },
});

/** Daily check-ins. */
export function checkinsRoutes(ctx: ServerContext) {
  const checkins = createCheckinsService(ctx);
  return featureRouter()
    .openapi(list, async (c) => {
      const access = ownAccess(c);
      return c.json({ checkins: await checkins.list(access, c.req.valid("query")) }, 200);
    })
    .openapi(getOne, async (c) => {
      const access = ownAccess(c);
      return c.json(await checkins.get(access, c.req.valid("param").date), 200);
    })
    .openapi(put, async (c) => {
      const access = ownAccess(c);
      const input = c.req.valid("json");
      // The note is read on the detector's thread while the write waits for its commit. The scan never
      // fails, and its answer is dropped if the write does.
      const scanning = ctx.safety.scan([input.note]);
      const { checkin, created } = await checkins.put(access, c.req.valid("param").date, input);
      const saved = { ...checkin, safety: await scanning };
      return created ? c.json(saved, 201) : c.json(saved, 200);
    })
    .openapi(remove, async (c) => {
      const access = ownAccess(c);
      await checkins.delete(access, c.req.valid("param").date);
      return c.body(null, 204);
    });
}
