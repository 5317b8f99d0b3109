import { describe, expect, it } from "vitest";
import type { Caller } from "../http/app-env";
import { type CachedSession, createSessionCache } from "./session-cache";

const wallNow = Date.parse("2026-11-25T12:00:00.000Z");
const session = (
  userId: string,
  sessionId: string,
  expiresAt = "2026-12-25T12:00:00.000Z",
): CachedSession => {
  const caller: Caller = {
    userId,
    email: `${userId}@example.org`,
    locale: "en",
    wrappedDataKey: "dk1:x",
    sessionId,
  };
  return { caller, expiresAt };
};

function fakeClock() {
  let ms = 1_000;
  return { now: () => ms, advance: (by: number) => (ms += by) };
}

describe("createSessionCache", () => {
  it("serves a remembered session until maxAgeMs after it was read, then asks for a new read", () => {
    const clock = fakeClock();
    const cache = createSessionCache({ maxAgeMs: 5_000, now: clock.now });
    cache.remember("s1", session("u1", "s1"), cache.beforeLookup());
    expect(cache.get("s1", wallNow)?.caller.userId).toBe("u1");
    clock.advance(4_999);
    expect(cache.get("s1", wallNow)?.caller.sessionId).toBe("s1");
    clock.advance(1);
    expect(cache.get("s1", wallNow)).toBeUndefined();
    expect(cache.size()).toBe(0);
  });

  it("never serves a session past its own expiry, and keeps a renewed expiry", () => {
    const cache = createSessionCache({ maxAgeMs: 5_000, now: fakeClock().now });
    cache.remember("s1", session("u1", "s1", "2026-11-25T12:00:01.000Z"), cache.beforeLookup());
    expect(cache.get("s1", wallNow)).toBeDefined();
    cache.renewed("s1", "2026-11-25T12:00:03.000Z");
    expect(cache.get("s1", wallNow + 2_000)?.expiresAt).toBe("2026-11-25T12:00:03.000Z");
    expect(cache.get("s1", wallNow + 3_000)).toBeUndefined();
  });

  it("forgets one session on sign-out and every session of a person on request", () => {
    const cache = createSessionCache({ maxAgeMs: 5_000, now: fakeClock().now });
    for (const [user, id] of [
      ["u1", "a"],
      ["u1", "b"],
      ["u2", "c"],
    ] as const) {
      cache.remember(id, session(user, id), cache.beforeLookup());
    }
    cache.forgetSession("a");
    expect(cache.get("a", wallNow)).toBeUndefined();
    expect(cache.get("b", wallNow)).toBeDefined();
    cache.forgetUser("u1");
    expect(cache.get("b", wallNow)).toBeUndefined();
    expect(cache.get("c", wallNow)?.caller.userId).toBe("u2");
  });

  it("does not remember a read that began before a session ended (it may predate the ending)", () => {
    const cache = createSessionCache({ maxAgeMs: 5_000, now: fakeClock().now });
    const before = cache.beforeLookup();
    cache.forgetSession("s1");
    cache.remember("s1", session("u1", "s1"), before);
    expect(cache.get("s1", wallNow)).toBeUndefined();
    const afterwards = cache.beforeLookup();
    cache.remember("s1", session("u1", "s1"), afterwards);
    expect(cache.get("s1", wallNow)).toBeDefined();
  });

  it("holds at most maxEntries sessions, dropping the oldest, and nothing at all with maxAgeMs 0", () => {
    const bounded = createSessionCache({ maxAgeMs: 5_000, maxEntries: 2, now: fakeClock().now });
    for (const id of ["a", "b", "c"]) bounded.remember(id, session("u", id), bounded.beforeLookup());
    expect(bounded.size()).toBe(2);
    expect(bounded.get("a", wallNow)).toBeUndefined();
    expect(bounded.get("c", wallNow)).toBeDefined();
    const off = createSessionCache({ maxAgeMs: 0 });
    off.remember("a", session("u", "a"), off.beforeLookup());
    expect(off.get("a", wallNow)).toBeUndefined();
    expect(off.size()).toBe(0);
  });
});
