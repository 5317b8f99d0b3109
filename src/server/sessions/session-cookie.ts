import type { Context } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";

export const sessionCookieName = "poise_session";

const sessionCookiePair = /(?:^|;)[ \t]*poise_session=[ \t]*("?)([A-Za-z0-9_-]{1,100})\1[ \t]*(?:;|$)/;

/**
 * The session token sent by the browser, if any: the first `poise_session` cookie whose value looks
 * like a token (base64url, as newSessionToken makes them). Read on every request, so one regular
 * expression over the header instead of parsing every cookie. O(header length).
 */
export function readSessionCookie(c: Context): string | undefined {
  const header = c.req.header("cookie");
  if (!header?.includes(sessionCookieName)) return undefined;
  return sessionCookiePair.exec(header)?.[2];
}

/** HttpOnly (no script can read it), SameSite=Lax, Secure whenever the page came over HTTPS. */
export function writeSessionCookie(
  c: Context,
  token: string,
  options: { secure: boolean; maxAgeSeconds: number },
) {
  setCookie(c, sessionCookieName, token, {
    httpOnly: true,
    sameSite: "Lax",
    secure: options.secure,
    path: "/",
    maxAge: options.maxAgeSeconds,
  });
}

export function clearSessionCookie(c: Context, secure: boolean) {
  deleteCookie(c, sessionCookieName, { path: "/", httpOnly: true, sameSite: "Lax", secure });
}
