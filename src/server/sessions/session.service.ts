import type { Caller } from "../http/app-env";
import { createSessionCache } from "./session-cache";
import { newSessionToken, sessionIdOf } from "./session-tokens";
import type { SessionsRepository } from "./sessions.repository";

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Issues, resolves and ends sessions. A session expires `sessionDays` after its last renewal; it is
 * renewed (one UPDATE) only once half of that time has passed, so most requests are read-only.
 *
 * With `cacheMs` > 0, a session read in the database is remembered for that long (session-cache.ts):
 * only for a database no other process changes sessions in, since a session ended elsewhere would keep
 * working here until then. Every ending made here forgets the session at once, before and after the
 * database write.
 */
export function createSessionService(deps: {
  sessions: SessionsRepository;
  sessionDays: number;
  clock: () => Date;
  /** How long a session read in the database is remembered; 0 or absent: read it on every request. */
  cacheMs?: number;
}) {
  const lifetimeMs = deps.sessionDays * dayMs;
  const cache = createSessionCache({ maxAgeMs: deps.cacheMs ?? 0 });
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
      const id = sessionIdOf(token);
      let found = cache.get(id, now.getTime());
      if (!found) {
        const lookup = cache.beforeLookup();
        found = await deps.sessions.findLive(id, now.toISOString());
        if (!found) return null;
        cache.remember(id, found, lookup);
      }
      const remaining = Date.parse(found.expiresAt) - now.getTime();
      if (remaining >= lifetimeMs / 2) return { caller: found.caller, renewed: false };
      const expiresAt = new Date(now.getTime() + lifetimeMs).toISOString();
      await deps.sessions.extend(found.caller.sessionId, expiresAt);
      cache.renewed(id, expiresAt);
      return { caller: found.caller, renewed: true };
    },

    async end(token: string | undefined): Promise<void> {
      if (!token) return;
      const id = sessionIdOf(token);
      cache.forgetSession(id);
      await deps.sessions.delete(id);
      cache.forgetSession(id);
    },

    async endAllOf(userId: string): Promise<void> {
      cache.forgetUser(userId);
      await deps.sessions.deleteAllOfUser(userId);
      cache.forgetUser(userId);
    },

    /**
     * Forgets what this process remembers of a person's sessions after their account changed or was
     * deleted (its sessions then go by cascade, not through `end`).
     */
    forgetUser(userId: string): void {
      cache.forgetUser(userId);
    },

    async purgeExpired(): Promise<void> {
      await deps.sessions.deleteExpired(deps.clock().toISOString());
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
