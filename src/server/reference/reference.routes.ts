import type { OpenAPIHono } from "@hono/zod-openapi";
import { Hono } from "hono";
import type { AppEnv } from "../http/app-env";
import { referenceStylesheet } from "./reference-style";
import { type OpenApiDocument, renderReference } from "./render-reference";

/** The OpenAPI document of every route mounted on `app`, built from the same Zod schemas that validate. */
export function openApiDocument(app: OpenAPIHono<AppEnv>, version: string) {
  app.openAPIRegistry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "poise_session",
    description: "Set by sign-up and sign-in; HttpOnly, SameSite=Lax, Secure over HTTPS.",
  });
  return app.getOpenAPIDocument({
    openapi: "3.0.3",
    info: {
      title: "Poise API",
      version,
      description:
        "JSON over HTTP. Errors are always { error: { code, message, fields? } } with a 4xx status. " +
        "State-changing requests from browsers must come from this origin. Full guide: docs/api.md.",
    },
    security: [{ session: [] }],
  });
}

/** GET /api/openapi.json, GET /api/docs (the readable reference) and its stylesheet. */
export function referenceRoutes(getDocument: () => ReturnType<typeof openApiDocument>) {
  let html: string | undefined;
  return new Hono<AppEnv>()
    .get("/openapi.json", (c) => c.json(getDocument()))
    .get("/docs", (c) => {
      html ??= renderReference(getDocument() as unknown as OpenApiDocument, "/api/docs/reference.css");
      return c.html(html);
    })
    .get("/docs/reference.css", (c) => {
      c.header("Content-Type", "text/css; charset=utf-8");
      return c.body(referenceStylesheet);
    });
}
