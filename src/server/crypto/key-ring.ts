import { createHmac, randomBytes } from "node:crypto";
import { open, seal } from "./aead";

/** Encrypts and decrypts one person's free text with their data key. */
export interface TextCipher {
  /** `context` names the place of the text, e.g. "journal.text:<entry id>"; it must match on decrypt. */
  encrypt(plaintext: string, context: string): string;
  decrypt(sealed: string, context: string): string;
}

/**
 * The key hierarchy (docs/design/key-hierarchy.md): one instance key wraps one random data key per
 * person; data keys encrypt that person's free text. Deleting the person's row deletes the only copy of
 * their wrapped key.
 */
export interface KeyRing {
  /** A short public fingerprint of the instance key, stored in the database to detect a wrong key. */
  readonly fingerprint: string;
  /** A fresh data key for a new person, wrapped by the instance key. */
  newWrappedDataKey(userId: string): string;
  /** The cipher for a person's text, from their wrapped data key. */
  textCipher(wrappedDataKey: string, userId: string): TextCipher;
  /** How many unwrapped data keys are held right now, and how many unwraps were done (for tests). */
  readonly cache: { size(): number; unwraps(): number };
}

/** Bounds of the unwrapped data-key cache (docs/security.md, "Keys in memory"). */
export interface DataKeyCacheOptions {
  /** At most this many unwrapped keys are held; the oldest goes first. Default 1,000. */
  maxEntries?: number;
  /** An unwrapped key is dropped this long after it was unwrapped, used or not. Default 60 s. */
  maxAgeMs?: number;
  /** Milliseconds now; tests pass a fake clock. */
  now?: () => number;
}

const dataKeyPrefix = "dk1:";
const textPrefix = "t1:";

/**
 * A KeyRing over a 32-byte instance key.
 *
 * Unwrapping a data key is an AES-GCM decryption that every request touching free text would repeat,
 * so the cipher of a recently unwrapped key is kept for a short, bounded time. The cache only remembers
 * the result of a pure function of (instance key, wrapped key, user id), keyed by all of them: it cannot
 * answer differently from an unwrap, a changed or deleted wrapped key simply misses, and several
 * instances behave alike. What it changes is how long a data key stays in this process's memory
 * (docs/security.md). Lookup and insertion O(1); each call drops the expired keys at the front.
 */
export function createKeyRing(instanceKey: Buffer, options: DataKeyCacheOptions = {}): KeyRing {
  if (instanceKey.length !== 32) throw new Error("createKeyRing requires a 32-byte instance key");
  const maxEntries = options.maxEntries ?? 1000;
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const now = options.now ?? (() => performance.now());
  const fingerprint = createHmac("sha256", instanceKey)
    .update("poise instance key check v1")
    .digest("hex")
    .slice(0, 32);
  // Insertion order is unwrap order, and every entry lives equally long: the oldest expire first.
  const ciphers = new Map<string, { cipher: TextCipher; expiresAt: number }>();
  let unwraps = 0;

  function unwrap(wrappedDataKey: string, userId: string): TextCipher {
    const dataKey = open(instanceKey, wrappedDataKey, `poise:data-key:${userId}`, dataKeyPrefix);
    unwraps += 1;
    const aad = (context: string) => `poise:text:${userId}:${context}`;
    return {
      encrypt: (plaintext, context) =>
        seal(dataKey, Buffer.from(plaintext, "utf8"), aad(context), textPrefix),
      decrypt: (sealed, context) => open(dataKey, sealed, aad(context), textPrefix).toString("utf8"),
    };
  }

  return {
    fingerprint,
    newWrappedDataKey(userId) {
      return seal(instanceKey, randomBytes(32), `poise:data-key:${userId}`, dataKeyPrefix);
    },
    textCipher(wrappedDataKey, userId) {
      const at = now();
      for (const [key, entry] of ciphers) {
        if (entry.expiresAt > at) break;
        ciphers.delete(key);
      }
      const cacheKey = `${userId}\n${wrappedDataKey}`;
      const cached = ciphers.get(cacheKey);
      if (cached && cached.expiresAt > at) return cached.cipher;
      const cipher = unwrap(wrappedDataKey, userId);
      if (maxEntries > 0 && maxAgeMs > 0) {
        ciphers.delete(cacheKey);
        if (ciphers.size >= maxEntries) ciphers.delete(ciphers.keys().next().value as string);
        ciphers.set(cacheKey, { cipher, expiresAt: at + maxAgeMs });
      }
      return cipher;
    },
    cache: { size: () => ciphers.size, unwraps: () => unwraps },
  };
}
