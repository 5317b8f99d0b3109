import { randomBytes } from "node:crypto";

/** Where an id generator takes its random bytes; tests pass a predictable source. */
export type RandomBytes = (size: number) => Buffer;

/** Makes UUIDv7 ids; `now` is the time in milliseconds (default: the clock). */
export type IdGenerator = (now?: number) => string;

const counterFirstByte = 9; // bytes 9..15 are the 56-bit counter; byte 8 holds the variant bits

/**
 * A generator of random UUIDv7 ids (RFC 9562): 48 bits of milliseconds, then 74 random bits, sorted by
 * creation time, which keeps index pages warm, and never sequential or guessable.
 *
 * Ids made in the same millisecond (or when the clock steps back) continue from the previous id by a
 * random step of 1 to 2^32 in its last 56 bits (RFC 9562, section 6.2, method 3 with a random
 * increment): creation order stays id order, yet the next id cannot be guessed from the previous one.
 * Should those 56 bits run out within one millisecond, the id moves on to the next millisecond with
 * fresh random bits (section 6.2 allows the timestamp to run ahead), so the order still holds.
 *
 * Each generator keeps its own "previous id"; the server shares one (`newId`), tests make their own. O(1).
 *
 * Example: `createIdGenerator()(Date.parse("2026-01-01T00:00:00Z"))` -> "019b7642-1800-7…".
 */
export function createIdGenerator(random: RandomBytes = randomBytes): IdGenerator {
  let previous: { ms: number; bytes: Buffer } | undefined;

  function stepped(bytes: Buffer): Buffer | null {
    const next = Buffer.from(bytes);
    let carry = random(4).readUInt32BE(0) + 1;
    for (let i = 15; i >= counterFirstByte && carry > 0; i -= 1) {
      const sum = (next[i] as number) + (carry % 256);
      next[i] = sum & 0xff;
      carry = Math.floor(carry / 256) + (sum >> 8);
    }
    return carry > 0 ? null : next;
  }

  return (now = Date.now()) => {
    let ms = now;
    let bytes: Buffer | null = null;
    if (previous && ms <= previous.ms) {
      ms = previous.ms;
      bytes = stepped(previous.bytes);
      if (!bytes) ms += 1; // the counter ran out within this millisecond
    }
    bytes ??= Buffer.from(random(16));
    bytes.writeUIntBE(ms, 0, 6);
    bytes[6] = ((bytes[6] as number) & 0x0f) | 0x70;
    bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
    previous = { ms, bytes };
    const hex = bytes.toString("hex");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

/**
 * A new random UUIDv7 (see createIdGenerator), from the one generator the server process shares, so
 * ids made by any part of the server in the same millisecond stay in creation order. O(1).
 *
 * Example: `newId()` -> "0193a4f2-7c1e-7b3d-9f0a-5e2c8d41b6a7".
 */
export const newId: IdGenerator = createIdGenerator();

/** True for the canonical lower-case text of any RFC 9562 UUID. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(value);
}
