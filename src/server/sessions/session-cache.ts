import type { Caller } from "../http/app-env";

/** A session found in the database, as the cache keeps it. */
export interface CachedSession {
  caller: Caller;
  /** When the session expires (ISO text, as stored). */
  expiresAt: string;
}

/** Bounds of the session cache (docs/security.md, "Sessions in memory"). */
export interface SessionCacheOptions {
  /** A session is looked up in the database again this long after it was read there. 0 turns the cache off. */
  maxAgeMs: number;
  /** At most this many sessions are held; the oldest goes first. Default 10,000. */
  maxEntries?: number;
  /** Milliseconds now, monotonic; tests pass a fake clock. */
  now?: () => number;
}

/** The sessions this process read recently, and the means to forget them the moment they end. */
export interface SessionCache {
  /** The session with this id, if read less than `maxAgeMs` ago and not expired at `wallNowMs`. O(1). */
  get(id: string, wallNowMs: number): CachedSession | undefined;
  /**
   * A token to take before reading a session in the database and to give back to `remember`: a
   * session ended while the read was under way is then not remembered (the read may predate the end).
   */
  beforeLookup(): number;
  /** Keeps a session read in the database, unless a session ended since `beforeLookup`. O(1). */
  remember(id: string, session: CachedSession, token: number): void;
  /** The session was renewed: keep its new expiry. O(1). */
  renewed(id: string, expiresAt: string): void;
  /** Forgets one session (signing out). O(1). */
  forgetSession(id: string): void;
  /** Forgets every session of a person (password change, account deletion, changed account). O(entries). */
  forgetUser(userId: string): void;
  /** How many sessions are held (for tests). */
  size(): number;
}

interface Entry extends CachedSession {
  expiresAtMs: number;
  readUntil: number;
}

/**
 * Signed-in requests otherwise read their session in the database every time (a join of sessions and
 * users): on the write path that read cost about as much as the write's own statement. This cache
 * remembers what a read found for `maxAgeMs`, and the session service forgets a session here before and
 * after it ends it in the database, so a session ended through this process stops working at once in
 * this process. A session ended by another process is noticed only after `maxAgeMs`: that is why
 * app.ts turns the cache on only for SQLite, where one server process owns the database
 * (docs/operations.md), and off for PostgreSQL, where several instances share the sessions.
 *
 * Forgetting also bumps a counter, and a read that started before the bump is not remembered: on a
 * database whose reads are asynchronous, a read that began before a sign-out committed could otherwise
 * put the ended session back after it was forgotten.
 */
export function createSessionCache(options: SessionCacheOptions): SessionCache {
  const maxAgeMs = options.maxAgeMs;
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? (() => performance.now());
  // Insertion order is read order, and every entry lives equally long: the oldest expire first.
  const entries = new Map<string, Entry>();
  let endings = 0;

  const dropStale = (at: number) => {
    for (const [id, entry] of entries) {
      if (entry.readUntil > at) break;
      entries.delete(id);
    }
  };

  return {
    get(id, wallNowMs) {
      if (maxAgeMs <= 0) return undefined;
      const entry = entries.get(id);
      if (!entry) return undefined;
      if (entry.readUntil <= now() || entry.expiresAtMs <= wallNowMs) {
        entries.delete(id);
        return undefined;
      }
      return entry;
    },
    beforeLookup: () => endings,
    remember(id, session, token) {
      if (maxAgeMs <= 0 || maxEntries <= 0 || token !== endings) return;
      const at = now();
      dropStale(at);
      entries.delete(id);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(id, {
        caller: session.caller,
        expiresAt: session.expiresAt,
        expiresAtMs: Date.parse(session.expiresAt),
        readUntil: at + maxAgeMs,
      });
    },
    renewed(id, expiresAt) {
      const entry = entries.get(id);
      if (!entry) return;
      entry.expiresAt = expiresAt;
      entry.expiresAtMs = Date.parse(expiresAt);
    },
    forgetSession(id) {
      endings += 1;
      entries.delete(id);
    },
    forgetUser(userId) {
      endings += 1;
      for (const [id, entry] of entries) if (entry.caller.userId === userId) entries.delete(id);
    },
    size: () => entries.size,
  };
}
