import type { MiddlewareHandler } from "hono";
import { ApiError } from "./api-error";
import type { RequestFacts } from "./request-facts";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses cross-site state-changing requests (CSRF). Browsers send `Origin` on every POST, PUT,
 * PATCH and DELETE, and `Sec-Fetch-Site` on modern engines: either one pointing elsewhere is refused.
 * Requests with neither header come from non-browser clients (curl, scripts), which carry no ambient
 * cookies of a victim, so they pass; the SameSite=Lax cookie is a second line of defence.
 */
export function originCheck(facts: RequestFacts, allowedOrigins: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    const origin = c.req.header("origin");
    if (origin !== undefined) {
      if (origin === facts.ownOrigin(c) || allowedOrigins.includes(origin)) return next();
      throw new ApiError(403, "cross_site_request", "This request came from another site and was refused.");
    }
    const site = c.req.header("sec-fetch-site");
    if (site !== undefined && site !== "same-origin" && site !== "none") {
      throw new ApiError(403, "cross_site_request", "This request came from another site and was refused.");
    }
    return next();
  };
}
