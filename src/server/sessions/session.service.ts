import type { Caller } from "../http/app-env";
import { newSessionToken, sessionIdOf } from "./session-tokens";
import type { SessionsRepository } from "./sessions.repository";

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Issues, resolves and ends sessions. A session expires `sessionDays` after its last renewal; it is
 * renewed (one UPDATE) only once half of that time has passed, so most requests are read-only.
 */
export function createSessionService(deps: {
  sessions: SessionsRepository;
  sessionDays: number;
  clock: () => Date;
}) {
  const lifetimeMs = deps.sessionDays * dayMs;
  return {
    lifetimeSeconds: Math.floor(lifetimeMs / 1000),

    /** A new session for `userId`; returns the cookie token. */
    async issue(userId: string): Promise<string> {
      const now = deps.clock();
      const { token, id } = newSessionToken();
      await deps.sessions.insert({
        id,
        userId,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + lifetimeMs).toISOString(),
      });
      return token;
    },

    /** The caller for a cookie token, or null; renews a session past half its life. */
    async resolve(token: string | undefined): Promise<{ caller: Caller; renewed: boolean } | null> {
      if (!token || token.length > 100) return null;
      const now = deps.clock();
      const found = await deps.sessions.findLive(sessionIdOf(token), now.toISOString());
      if (!found) return null;
      const remaining = Date.parse(found.expiresAt) - now.getTime();
      if (remaining >= lifetimeMs / 2) return { caller: found.caller, renewed: false };
      await deps.sessions.extend(found.caller.sessionId, new Date(now.getTime() + lifetimeMs).toISOString());
      return { caller: found.caller, renewed: true };
    },

    async end(token: string | undefined): Promise<void> {
      if (token) await deps.sessions.delete(sessionIdOf(token));
    },

    async endAllOf(userId: string): Promise<void> {
      await deps.sessions.deleteAllOfUser(userId);
    },

    async purgeExpired(): Promise<void> {
      await deps.sessions.deleteExpired(deps.clock().toISOString());
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
