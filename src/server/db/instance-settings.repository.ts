import type { Kysely } from "kysely";
import type { Database } from "./schema";

const fingerprintName = "instance_key_fingerprint";

/** Raised when the instance key does not belong to this database. */
export class WrongInstanceKeyError extends Error {
  constructor(keyFile: string) {
    super(
      `The instance key ${keyFile} does not belong to this database: the notes and journal in it were encrypted ` +
        "with another key. Restore the key file from your backup, or point POISE_KEY_FILE at it " +
        "(see docs/operations.md). Nothing was changed.",
    );
    this.name = "WrongInstanceKeyError";
  }
}

/**
 * Records the instance key's fingerprint on first start and refuses to start with another key later,
 * instead of failing on every encrypted read. Two instances starting together agree on one record.
 */
export async function ensureInstanceKeyFingerprint(
  db: Kysely<Database>,
  fingerprint: string,
  keyFile: string,
) {
  await db
    .insertInto("instance_settings")
    .values({ name: fingerprintName, value: fingerprint })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  const row = await db
    .selectFrom("instance_settings")
    .select("value")
    .where("name", "=", fingerprintName)
    .executeTakeFirstOrThrow();
  if (row.value !== fingerprint) throw new WrongInstanceKeyError(keyFile);
}
