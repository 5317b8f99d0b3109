import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

export const sessionCookieName = "poise_session";

/** The session token sent by the browser, if any. */
export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, sessionCookieName);
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
