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

/** RequestFacts for a server behind a trusted proxy (`trustProxy`) or directly exposed. */
export function createRequestFacts(trustProxy: boolean): RequestFacts {
  const isHttps = (c: Context) => {
    if (trustProxy && firstListed(c.req.header("x-forwarded-proto"))?.toLowerCase() === "https") return true;
    return new URL(c.req.url).protocol === "https:";
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
      const url = new URL(c.req.url);
      const host =
        (trustProxy && firstListed(c.req.header("x-forwarded-host"))) || c.req.header("host") || url.host;
      return `${isHttps(c) ? "https" : "http"}://${host}`;
    },
  };
}
