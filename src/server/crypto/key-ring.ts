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
}

const dataKeyPrefix = "dk1:";
const textPrefix = "t1:";

/** A KeyRing over a 32-byte instance key. */
export function createKeyRing(instanceKey: Buffer): KeyRing {
  if (instanceKey.length !== 32) throw new Error("createKeyRing requires a 32-byte instance key");
  const fingerprint = createHmac("sha256", instanceKey)
    .update("poise instance key check v1")
    .digest("hex")
    .slice(0, 32);
  return {
    fingerprint,
    newWrappedDataKey(userId) {
      return seal(instanceKey, randomBytes(32), `poise:data-key:${userId}`, dataKeyPrefix);
    },
    textCipher(wrappedDataKey, userId) {
      const dataKey = open(instanceKey, wrappedDataKey, `poise:data-key:${userId}`, dataKeyPrefix);
      const aad = (context: string) => `poise:text:${userId}:${context}`;
      return {
        encrypt: (plaintext, context) =>
          seal(dataKey, Buffer.from(plaintext, "utf8"), aad(context), textPrefix),
        decrypt: (sealed, context) => open(dataKey, sealed, aad(context), textPrefix).toString("utf8"),
      };
    },
  };
}
