import type { MiddlewareHandler } from "hono";
import type { RequestFacts } from "./request-facts";

/**
 * The Content-Security-Policy of every response: only this origin, no inline scripts or styles, no
 * framing, and images only from this origin (the web build never inlines assets as data: URIs, see
 * src/web/vite.config.ts, and the journeys fail on any CSP violation).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Sets the security headers on every response; API responses are never cached. */
export function securityHeaders(facts: RequestFacts): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set("Content-Security-Policy", contentSecurityPolicy);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Cross-Origin-Opener-Policy", "same-origin");
    headers.set("Cross-Origin-Resource-Policy", "same-origin");
    headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    if (facts.isHttps(c)) headers.set("Strict-Transport-Security", "max-age=31536000");
    if (c.req.path.startsWith("/api/") && !headers.has("Cache-Control"))
      headers.set("Cache-Control", "no-store");
  };
}
