// Unsaved journal text lives in sessionStorage, like check-in drafts: it survives an error, an expired
// session, leaving the page and a reload in the same tab, and disappears when the tab is closed.
const newEntryKey = "poise.journal-draft";
const editKey = (entryId: string) => `poise.journal-edit.${entryId}`;

function read(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, text: string | null): void {
  try {
    if (text) sessionStorage.setItem(key, text);
    else sessionStorage.removeItem(key);
  } catch {
    // Keeping a draft is a convenience only.
  }
}

/** The new entry being written, or "". */
export const readNewEntryDraft = (): string => read(newEntryKey) ?? "";
export const writeNewEntryDraft = (text: string): void => write(newEntryKey, text);

/** Changes to an existing entry that were not saved yet, or null when there are none. */
export const readEditDraft = (entryId: string): string | null => read(editKey(entryId));

/** Keeps the edited text while it differs from the saved one; forgets it once they match. */
export function writeEditDraft(entryId: string, text: string, saved: string): void {
  write(editKey(entryId), text === saved ? null : text);
}

export const clearEditDraft = (entryId: string): void => write(editKey(entryId), null);
