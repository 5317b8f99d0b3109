import { randomBytes } from "node:crypto";

/**
 * A random UUIDv7 (RFC 9562): 48 bits of milliseconds, then 74 random bits. Never sequential or
 * guessable, yet it sorts by creation time, which keeps index pages warm. O(1).
 *
 * Example: `newId()` -> "0193a4f2-7c1e-7b3d-9f0a-5e2c8d41b6a7".
 */
export function newId(now: number = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** True for the canonical lower-case text of any RFC 9562 UUID. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(value);
}
