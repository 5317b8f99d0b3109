import type { AssessmentItem } from "../../api/types";

/** A statement already answered in this check, kept so that Back can show it again with its answer. */
export interface AnsweredStep {
  item: AssessmentItem;
  value: number;
}

// The check in progress is remembered on this device (its id and the answered statements, never more),
// so leaving and coming back resumes it. The answers themselves live on the server.
const currentKey = "poise.check.current";
const stepsKey = (id: string) => `poise.check.steps.${id}`;

function read<T>(key: string): T | null {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Without storage the check still works; only resuming from another page is lost.
  }
}

/** The id of the check in progress for this person on this device, if any. */
export function currentCheckId(userId: string): string | null {
  const stored = read<{ userId: string; id: string }>(currentKey);
  return stored && stored.userId === userId ? stored.id : null;
}

export function rememberCurrentCheck(userId: string, id: string): void {
  write(currentKey, { userId, id });
}

/** Forgets a check once it is finished (or cannot be found any more). */
export function forgetCheck(id: string): void {
  const stored = read<{ id: string }>(currentKey);
  if (stored?.id === id) write(currentKey, null);
  write(stepsKey(id), null);
}

export function readSteps(id: string): AnsweredStep[] {
  return read<AnsweredStep[]>(stepsKey(id)) ?? [];
}

export function writeSteps(id: string, steps: AnsweredStep[]): void {
  write(stepsKey(id), steps);
}
