import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const ivBytes = 12;
const tagBytes = 16;

/**
 * AES-256-GCM sealing with a random 96-bit nonce (NIST SP 800-38D): `prefix` + base64url(iv | ciphertext
 * | tag). The associated data binds the ciphertext to where it belongs, so a value copied into another
 * row or another person's account no longer decrypts. O(length).
 */
export function seal(key: Buffer, plaintext: Buffer, associatedData: string, prefix: string): string {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(associatedData, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return prefix + Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url");
}

/** The inverse of `seal`; throws when the key, the associated data or the bytes do not match. */
export function open(key: Buffer, sealed: string, associatedData: string, prefix: string): Buffer {
  if (!sealed.startsWith(prefix)) throw new Error(`open requires a value starting with "${prefix}"`);
  const bytes = Buffer.from(sealed.slice(prefix.length), "base64url");
  if (bytes.length < ivBytes + tagBytes) throw new Error("open requires a complete sealed value");
  const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, ivBytes));
  decipher.setAAD(Buffer.from(associatedData, "utf8"));
  decipher.setAuthTag(bytes.subarray(bytes.length - tagBytes));
  return Buffer.concat([decipher.update(bytes.subarray(ivBytes, bytes.length - tagBytes)), decipher.final()]);
}
