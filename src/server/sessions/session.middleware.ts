import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../http/app-env";
import type { RequestFacts } from "../http/request-facts";
import type { SessionService } from "./session.service";
import { readSessionCookie, writeSessionCookie } from "./session-cookie";

/** Resolves the session cookie into `c.var.caller` (null when anonymous) for every API request. */
export function sessionMiddleware(sessions: SessionService, facts: RequestFacts): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = readSessionCookie(c);
    const resolved = await sessions.resolve(token);
    c.set("caller", resolved?.caller ?? null);
    if (resolved?.renewed && token) {
      writeSessionCookie(c, token, { secure: facts.isHttps(c), maxAgeSeconds: sessions.lifetimeSeconds });
    }
    await next();
  };
}
