import { isUuid } from "../db/ids";
import type { JournalCursor } from "./journal.repository";

/** The opaque `nextCursor` text for a page that ended at this entry. */
export function encodeCursor(cursor: JournalCursor): string {
  return Buffer.from(`${cursor.createdAt}|${cursor.id}`, "utf8").toString("base64url");
}

/** The cursor behind the text, or null when it is not one this API produced. */
export function decodeCursor(text: string): JournalCursor | null {
  const decoded = Buffer.from(text, "base64url").toString("utf8");
  const [createdAt, id, ...rest] = decoded.split("|");
  if (rest.length > 0 || !createdAt || !id || !isUuid(id)) return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(createdAt)) return null;
  return { createdAt, id };
}
