import { hash, randomBytes } from "node:crypto";

/** A new session token (256 random bits) for the cookie, and the id stored in the database. */
export function newSessionToken(): { token: string; id: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, id: sessionIdOf(token) };
}

/**
 * The database id of a token: its SHA-256, so a stolen database copy holds no usable tokens. Every
 * signed-in request computes it, hence the one-shot `hash` rather than a Hash object.
 */
export function sessionIdOf(token: string): string {
  return hash("sha256", token, "hex");
}
