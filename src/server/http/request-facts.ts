import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/**
 * Facts about a request that depend on whether a reverse proxy is trusted (POISE_TRUST_PROXY).
 * Without a trusted proxy, forwarded headers are ignored: anyone can send them.
 */
export interface RequestFacts {
  /** The client's address, for per-address rate limits. */
  clientAddress(c: Context): string;
  /** True when the browser reached us over HTTPS (directly or through the trusted proxy). */
  isHttps(c: Context): boolean;
  /** The origin the browser sees for this server, e.g. "https://poise.example". */
  ownOrigin(c: Context): string;
}

function firstListed(value: string | undefined): string | undefined {
  const first = value?.split(",")[0]?.trim();
  return first ? first : undefined;
}

/**
 * RequestFacts for a server behind a trusted proxy (`trustProxy`) or directly exposed. Every response
 * asks isHttps and every write ownOrigin, so they read the request URL's scheme and the Host header
 * directly rather than parsing the whole URL (the URL is only parsed when there is no Host header).
 */
export function createRequestFacts(trustProxy: boolean): RequestFacts {
  const isHttps = (c: Context) => {
    if (trustProxy && firstListed(c.req.header("x-forwarded-proto"))?.toLowerCase() === "https") return true;
    // The scheme of an absolute URL is case-insensitive (RFC 3986, 3.1).
    return c.req.url.slice(0, 6).toLowerCase() === "https:";
  };
  return {
    clientAddress(c) {
      if (trustProxy) {
        const forwarded = firstListed(c.req.header("x-forwarded-for"));
        if (forwarded) return forwarded;
      }
      try {
        return getConnInfo(c).remote.address ?? "unknown";
      } catch {
        // In-process requests (app.request) have no socket.
        return "unknown";
      }
    },
    isHttps,
    ownOrigin(c) {
      const host =
        (trustProxy && firstListed(c.req.header("x-forwarded-host"))) ||
        c.req.header("host") ||
        new URL(c.req.url).host;
      return `${isHttps(c) ? "https" : "http"}://${host}`;
    },
  };
}
