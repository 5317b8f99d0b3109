import { randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { dirname, join } from "node:path";
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

function syncedWrite(path: string, text: string): void {
  const fd = openSync(path, "wx", 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function syncDirectory(dir: string): void {
  const fd = openSync(dir, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Creates the key file atomically: the complete, synced key is written under a temporary name, then
 * hard-linked to `path`, which fails if another instance got there first. So the file is never seen
 * half-written, and two instances starting at once agree on one key. Returns whether this call created it.
 */
function createKeyFile(path: string): boolean {
  const temporary = join(dirname(path), `.instance-key-${process.pid}-${randomBytes(6).toString("hex")}`);
  syncedWrite(temporary, `${header}${randomBytes(32).toString("base64")}\n`);
  try {
    linkSync(temporary, path);
    syncDirectory(dirname(path));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    unlinkSync(temporary);
  }
}

/**
 * Reads the 256-bit instance key, creating it (mode 0600) when the file does not exist yet. Warns
 * when others can read the file.
 */
export function loadOrCreateInstanceKey(path: string, logger: Logger): { key: Buffer; created: boolean } {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  let created = false;
  try {
    statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    created = createKeyFile(path);
    if (created) {
      logger.warn("created a new instance key: back it up, the notes and journal cannot be read without it", {
        path,
      });
    }
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
