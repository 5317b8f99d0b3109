import { type Algorithm, hash, verify } from "@node-rs/argon2";

// OWASP's recommended argon2id floor (19 MiB, 2 passes, 1 lane): about 15-60 ms a hash here.
// The package's Algorithm is an ambient const enum (not importable as a value here); 2 is Argon2id.
const argon2id = 2 as Algorithm.Argon2id;
const options = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** An argon2id PHC string for `password`. Deliberately slow. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** True when `password` matches the PHC string; false for a malformed hash, never a throw. */
export async function verifyPassword(phc: string, password: string): Promise<boolean> {
  try {
    return await verify(phc, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a random password, verified against when an email is unknown, so that an unknown
 * account takes as long to refuse as a wrong password (no timing hint that an account exists).
 */
export function createDecoyHash(): Promise<string> {
  return hash(crypto.randomUUID(), options);
}
