import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { createAttemptLimiter } from "./auth/attempt-limiter";
import { createRateLimitsRepository } from "./auth/rate-limits.repository";
import type { Config } from "./config/load-config";
import type { ServerContext } from "./context";
import type { KeyRing } from "./crypto/key-ring";
import type { DatabaseHandle } from "./db/open-database";
import { ApiError } from "./http/api-error";
import type { AppEnv } from "./http/app-env";
import { apiNotFound, createErrorHandler, errorResponse } from "./http/on-error";
import { originCheck } from "./http/origin-check";
import { createRequestFacts } from "./http/request-facts";
import { securityHeaders } from "./http/security-headers";
import { validationHook } from "./http/validation-hook";
import type { Logger } from "./logging/logger";
import { openApiDocument, referenceRoutes } from "./reference/reference.routes";
import { mountApiRoutes } from "./routes";
import { inThreadScanner, type SafetyScanner } from "./safety/safety-scanner";
import { sessionMiddleware } from "./sessions/session.middleware";
import { createSessionService } from "./sessions/session.service";
import { createSessionsRepository } from "./sessions/sessions.repository";
import { webStaticRoutes } from "./web-static/web-static.routes";

/**
 * How long a session read in an SQLite database is remembered (src/server/sessions/session-cache.ts);
 * it bounds only what another process would change, against the advice of docs/operations.md.
 */
export const sessionCacheMs = 5_000;

/** The largest request body accepted (a full journal entry is at most ~80 KB of JSON). */
export const bodyLimitBytes = 256 * 1024;

export interface AppDependencies {
  config: Config;
  database: DatabaseHandle;
  keys: KeyRing;
  logger: Logger;
  version: string;
  clock?: () => Date;
  /** The safety scan of saved text; on the calling thread when not given (startServer gives a thread). */
  safety?: SafetyScanner;
  /**
   * Extra routes mounted under /api behind the same middleware as every API route, after the
   * features. Not part of the product: bench/server.ts uses it for its bare baseline route.
   */
  extraApiRoutes?: (api: OpenAPIHono<AppEnv>) => void;
}

/**
 * Builds the whole HTTP application from injected parts: security headers on everything; under /api
 * a body limit, the cross-site check, the session, then the feature routes; the web app elsewhere.
 * Nothing here opens files, sockets or databases itself.
 */
export function buildApp(deps: AppDependencies): { app: OpenAPIHono<AppEnv>; context: ServerContext } {
  const clock = deps.clock ?? (() => new Date());
  const facts = createRequestFacts(deps.config.trustProxy);
  const context: ServerContext = {
    config: deps.config,
    database: deps.database,
    keys: deps.keys,
    logger: deps.logger,
    clock,
    version: deps.version,
    facts,
    sessions: createSessionService({
      sessions: createSessionsRepository(deps.database.db),
      sessionDays: deps.config.sessionDays,
      clock,
      // One server process owns an SQLite database (docs/operations.md), so it sees every ending of a
      // session; several instances share a PostgreSQL database, so there every request reads it.
      cacheMs: deps.database.dialect === "sqlite" ? sessionCacheMs : 0,
    }),
    limiter: createAttemptLimiter({
      rateLimits: createRateLimitsRepository(deps.database.db),
      windowMinutes: deps.config.rateLimitWindowMinutes,
      clock,
    }),
    safety: deps.safety ?? inThreadScanner(deps.logger),
  };

  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(createErrorHandler(deps.logger));
  app.notFound(apiNotFound);
  app.use("*", securityHeaders(facts));

  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // The rest of the body is not read, so the connection cannot be reused: say so to the client.
  const tooLarge = () =>
    errorResponse(
      new ApiError(413, "body_too_large", "The request body is too large.", {
        headers: { Connection: "close" },
      }),
    );
  const limitStreamedBody = bodyLimit({ maxSize: bodyLimitBytes, onError: tooLarge });
  api.use("*", (c, next) => {
    // GET and HEAD carry no body. A declared length is checked from the header alone (Node reads exactly
    // that many bytes), which spares building a full Request object; a chunked body is counted as it streams.
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const declared = c.req.header("content-length");
    if (declared !== undefined && c.req.header("transfer-encoding") === undefined) {
      return Number(declared) > bodyLimitBytes ? Promise.resolve(tooLarge()) : next();
    }
    return limitStreamedBody(c, next);
  });
  api.use("*", originCheck(facts, deps.config.allowedOrigins));
  api.use("*", sessionMiddleware(context.sessions, facts));
  mountApiRoutes(api, context);
  deps.extraApiRoutes?.(api);
  app.route("/api", api);

  let document: ReturnType<typeof openApiDocument> | undefined;
  app.route(
    "/api",
    referenceRoutes(() => (document ??= openApiDocument(app, deps.version))),
  );
  app.get("/api/*", () => errorResponse(new ApiError(404, "not_found", "There is no such API route.")));
  app.route("/", webStaticRoutes(deps.config.webDir));
  return { app, context };
}
