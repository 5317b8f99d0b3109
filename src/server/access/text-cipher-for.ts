import type { KeyRing, TextCipher } from "../crypto/key-ring";
import { type Access, authorize, type Scope } from "./access";

/** The cipher for the owner's free text, available only to an access holding `scope`. */
export function textCipherFor(keys: KeyRing, access: Access, scope: Scope): TextCipher {
  const ownerId = authorize(access, scope);
  return keys.textCipher(access.ownerWrappedDataKey, ownerId);
}
