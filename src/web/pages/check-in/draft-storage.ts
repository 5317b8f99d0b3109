import type { CheckIn } from "../../api/types";
import { type CheckInDraft, draftFromCheckIn, isCheckInDraft } from "./check-in-draft";

// Unsaved check-in drafts live in sessionStorage: they survive a reload or a new sign-in in the same
// tab, and disappear when the tab is closed. The "v2" drafts use the core's vocabularies and one
// "what helped"; a draft stored by an older form is ignored.
const key = (date: string) => `poise.check-in-draft.v2.${date}`;

export function readStoredDraft(date: string): CheckInDraft | null {
  try {
    const text = sessionStorage.getItem(key(date));
    const value: unknown = text ? JSON.parse(text) : null;
    return isCheckInDraft(value) ? value : null;
  } catch {
    return null;
  }
}

/** Stores the draft only while it differs from what is saved on the server. */
export function storeDraft(date: string, draft: CheckInDraft, saved: CheckIn | null): void {
  try {
    if (JSON.stringify(draft) === JSON.stringify(draftFromCheckIn(saved)))
      sessionStorage.removeItem(key(date));
    else sessionStorage.setItem(key(date), JSON.stringify(draft));
  } catch {
    // Storage may be full or disabled; the form still works.
  }
}

export function clearStoredDraft(date: string): void {
  try {
    sessionStorage.removeItem(key(date));
  } catch {
    // Nothing to clear.
  }
}
