import { createRoute } from "@hono/zod-openapi";
import { ownAccess, signedIn } from "../access/access";
import type { ServerContext } from "../context";
import { featureRouter } from "../http/feature-router";
import { errorResponses, jsonBody, jsonResponse } from "../http/openapi-errors";
import {
  EntryParamsSchema,
  JournalEntrySchema,
  JournalInputSchema,
  JournalListQuerySchema,
  JournalPageSchema,
} from "./journal.schema";
import { createJournalService } from "./journal.service";
import { JournalEntrySavedSchema } from "./journal-entry-saved.schema";

const tags = ["Journal"];
const middleware = signedIn;

const create = createRoute({
  method: "post",
  path: "/journal",
  tags,
  middleware,
  summary: "Write a journal entry",
  request: { body: jsonBody(JournalInputSchema) },
  responses: {
    201: jsonResponse(JournalEntrySavedSchema, "Created, with what its words suggest"),
    ...errorResponses(400, 401, 403, 413, 415),
  },
});

const list = createRoute({
  method: "get",
  path: "/journal",
  tags,
  middleware,
  summary: "Journal entries, newest first, a page at a time",
  request: { query: JournalListQuerySchema },
  responses: { 200: jsonResponse(JournalPageSchema, "A page of entries"), ...errorResponses(400, 401) },
});

const getOne = createRoute({
  method: "get",
  path: "/journal/{id}",
  tags,
  middleware,
  summary: "One journal entry",
  request: { params: EntryParamsSchema },
  responses: { 200: jsonResponse(JournalEntrySchema, "The entry"), ...errorResponses(400, 401, 404) },
});

const update = createRoute({
  method: "put",
  path: "/journal/{id}",
  tags,
  middleware,
  summary: "Replace a journal entry's title, text and prompt",
  request: { params: EntryParamsSchema, body: jsonBody(JournalInputSchema) },
  responses: {
    200: jsonResponse(JournalEntrySavedSchema, "The updated entry, with what its words suggest"),
    ...errorResponses(400, 401, 403, 404, 413, 415),
  },
});

const remove = createRoute({
  method: "delete",
  path: "/journal/{id}",
  tags,
  middleware,
  summary: "Delete a journal entry",
  request: { params: EntryParamsSchema },
  responses: { 204: { description: "Deleted" }, ...errorResponses(400, 401, 403, 404) },
});

/** The journal. */
export function journalRoutes(ctx: ServerContext) {
  const journal = createJournalService(ctx);
  return featureRouter()
    .openapi(create, async (c) => {
      const input = c.req.valid("json");
      const entry = await journal.create(ownAccess(c), input);
      return c.json({ ...entry, safety: await ctx.safety.scan([input.title, input.text]) }, 201);
    })
    .openapi(list, async (c) => c.json(await journal.list(ownAccess(c), c.req.valid("query")), 200))
    .openapi(getOne, async (c) => c.json(await journal.get(ownAccess(c), c.req.valid("param").id), 200))
    .openapi(update, async (c) => {
      const input = c.req.valid("json");
      const entry = await journal.update(ownAccess(c), c.req.valid("param").id, input);
      return c.json({ ...entry, safety: await ctx.safety.scan([input.title, input.text]) }, 200);
    })
    .openapi(remove, async (c) => {
      await journal.delete(ownAccess(c), c.req.valid("param").id);
      return c.body(null, 204);
    });
}
