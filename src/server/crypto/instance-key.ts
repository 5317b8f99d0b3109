import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Logger } from "../logging/logger";

const header = "poise-instance-key-v1:";

function parseKeyFile(text: string, path: string): Buffer {
  const line = text.trim();
  const key = line.startsWith(header) ? Buffer.from(line.slice(header.length), "base64") : Buffer.alloc(0);
  if (key.length !== 32) {
    throw new Error(
      `The instance key file ${path} is not a Poise instance key (set POISE_KEY_FILE to the right file).`,
    );
  }
  return key;
}

/**
 * Reads the 256-bit instance key, creating it (mode 0600, exclusively, so two instances starting at
 * once agree on one key) when the file does not exist yet. Warns when others can read the file.
 */
export function loadOrCreateInstanceKey(path: string, logger: Logger): { key: Buffer; created: boolean } {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  let created = false;
  try {
    writeFileSync(path, `${header}${randomBytes(32).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
    created = true;
    logger.warn("created a new instance key: back it up, the notes and journal cannot be read without it", {
      path,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    logger.warn("the instance key file is readable by other users; run chmod 600 on it", {
      path,
      mode: mode.toString(8),
    });
  }
  return { key: parseKeyFile(readFileSync(path, "utf8"), path), created };
}
