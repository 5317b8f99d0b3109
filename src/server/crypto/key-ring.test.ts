import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createMemoryLogger } from "../logging/logger";
import { loadOrCreateInstanceKey } from "./instance-key";
import { createKeyRing } from "./key-ring";

describe("the key hierarchy", () => {
  const ring = createKeyRing(randomBytes(32));

  it("round-trips text through a person's data key, with a fresh nonce each time", () => {
    const wrapped = ring.newWrappedDataKey("user-1");
    const cipher = ring.textCipher(wrapped, "user-1");
    const a = cipher.encrypt("Je me suis senti plus calme. 🌿", "journal.text:1");
    const b = cipher.encrypt("Je me suis senti plus calme. 🌿", "journal.text:1");
    expect(a).not.toBe(b);
    expect(a).not.toContain("calme");
    expect(cipher.decrypt(a, "journal.text:1")).toBe("Je me suis senti plus calme. 🌿");
  });

  it("refuses to decrypt in another place, for another person, with another key, or after tampering", () => {
    const wrapped = ring.newWrappedDataKey("user-1");
    const sealed = ring.textCipher(wrapped, "user-1").encrypt("private", "checkin.note:2026-01-01");
    expect(() => ring.textCipher(wrapped, "user-1").decrypt(sealed, "checkin.note:2026-01-02")).toThrow();
    expect(() => ring.textCipher(wrapped, "user-2")).toThrow();
    expect(() => createKeyRing(randomBytes(32)).textCipher(wrapped, "user-1")).toThrow();
    // Flip one character of the tag (the second-to-last character carries six real bits).
    const target = sealed.at(-2);
    const tampered = `${sealed.slice(0, -2)}${target === "A" ? "B" : "A"}${sealed.slice(-1)}`;
    expect(tampered).not.toBe(sealed);
    expect(() => ring.textCipher(wrapped, "user-1").decrypt(tampered, "checkin.note:2026-01-01")).toThrow();
  });

  it("gives each person a different data key", () => {
    const text = "same words";
    const one = ring.textCipher(ring.newWrappedDataKey("u"), "u");
    const other = ring.newWrappedDataKey("u");
    expect(() => ring.textCipher(other, "u").decrypt(one.encrypt(text, "x"), "x")).toThrow();
  });
});

describe("the instance key file", () => {
  it("is created once with mode 0600 and read back the same", () => {
    const dir = mkdtempSync(join(tmpdir(), "poise-key-"));
    try {
      const path = join(dir, "nested", "instance.key");
      const logger = createMemoryLogger();
      const first = loadOrCreateInstanceKey(path, logger);
      expect(first.created).toBe(true);
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(logger.lines.join("")).toMatch(/back it up/);
      const second = loadOrCreateInstanceKey(path, logger);
      expect(second.created).toBe(false);
      expect(second.key.equals(first.key)).toBe(true);
      expect(readFileSync(path, "utf8")).toMatch(/^poise-instance-key-v1:/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a file that is not a key, and warns when others can read it", () => {
    const dir = mkdtempSync(join(tmpdir(), "poise-key-"));
    try {
      const bad = join(dir, "bad.key");
      writeFileSync(bad, "hello", { mode: 0o600 });
      expect(() => loadOrCreateInstanceKey(bad, createMemoryLogger())).toThrow(/not a Poise instance key/);
      const open = join(dir, "open.key");
      writeFileSync(open, `poise-instance-key-v1:${randomBytes(32).toString("base64")}\n`, { mode: 0o644 });
      const logger = createMemoryLogger();
      loadOrCreateInstanceKey(open, logger);
      expect(logger.lines.join("")).toMatch(/chmod 600/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the cache of unwrapped data keys", () => {
  it("unwraps a person's key once while it is fresh, and again once it has expired", () => {
    let now = 1_000;
    const ring = createKeyRing(randomBytes(32), { maxAgeMs: 60_000, now: () => now });
    const wrapped = ring.newWrappedDataKey("user-1");
    const sealed = ring.textCipher(wrapped, "user-1").encrypt("un mot", "x");
    expect(ring.textCipher(wrapped, "user-1").decrypt(sealed, "x")).toBe("un mot");
    expect(ring.cache.unwraps()).toBe(1);
    expect(ring.cache.size()).toBe(1);
    now += 59_999;
    ring.textCipher(wrapped, "user-1");
    expect(ring.cache.unwraps()).toBe(1);
    now += 1;
    expect(ring.textCipher(wrapped, "user-1").decrypt(sealed, "x")).toBe("un mot");
    expect(ring.cache.unwraps()).toBe(2);
  });

  it("keys entries by person and wrapped key, so it never answers for someone else", () => {
    const ring = createKeyRing(randomBytes(32));
    const wrapped = ring.newWrappedDataKey("user-1");
    ring.textCipher(wrapped, "user-1");
    expect(() => ring.textCipher(wrapped, "user-2")).toThrow();
    const other = ring.newWrappedDataKey("user-1");
    const sealed = ring.textCipher(wrapped, "user-1").encrypt("private", "x");
    expect(() => ring.textCipher(other, "user-1").decrypt(sealed, "x")).toThrow();
    expect(ring.cache.unwraps()).toBe(2);
  });

  it("holds at most maxEntries keys, dropping the oldest, and drops expired ones on the next call", () => {
    let now = 0;
    const ring = createKeyRing(randomBytes(32), { maxEntries: 3, maxAgeMs: 1_000, now: () => now });
    const people = ["a", "b", "c", "d", "e"].map((id) => ({ id, wrapped: ring.newWrappedDataKey(id) }));
    for (const person of people) {
      ring.textCipher(person.wrapped, person.id);
      now += 100;
      expect(ring.cache.size()).toBeLessThanOrEqual(3);
    }
    expect(ring.cache.size()).toBe(3);
    const before = ring.cache.unwraps();
    ring.textCipher(people[4]!.wrapped, "e"); // the newest is still held
    expect(ring.cache.unwraps()).toBe(before);
    ring.textCipher(people[0]!.wrapped, "a"); // the oldest was dropped
    expect(ring.cache.unwraps()).toBe(before + 1);
    now += 5_000;
    ring.textCipher(people[1]!.wrapped, "b");
    expect(ring.cache.size()).toBe(1);
  });

  it("can be turned off", () => {
    const ring = createKeyRing(randomBytes(32), { maxEntries: 0 });
    const wrapped = ring.newWrappedDataKey("u");
    ring.textCipher(wrapped, "u");
    ring.textCipher(wrapped, "u");
    expect(ring.cache.unwraps()).toBe(2);
    expect(ring.cache.size()).toBe(0);
  });
});

describe("sealing", () => {
  it("never reuses a nonce, across many pool refills", () => {
    const ring = createKeyRing(randomBytes(32));
    const cipher = ring.textCipher(ring.newWrappedDataKey("u"), "u");
    const nonces = new Set<string>();
    for (let i = 0; i < 2_000; i += 1) {
      const bytes = Buffer.from(cipher.encrypt("same text", "x").slice(3), "base64url");
      nonces.add(bytes.subarray(0, 12).toString("hex"));
    }
    expect(nonces.size).toBe(2_000);
  });
});
