import { commonBaseWords, commonPasswords } from "./common-passwords";

export const minimumPasswordLength = 10;
export const maximumPasswordLength = 200;

// "0123456789", "9876543210", "abcdefghijk": every character one step from the previous one.
function isKeySequence(text: string): boolean {
  const codes = [...text].map((ch) => ch.codePointAt(0) as number);
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  if (Math.abs(step) !== 1) return false;
  return codes.every((code, i) => i === 0 || code - (codes[i - 1] as number) === step);
}

/**
 * Why a new password is refused, or null when it is acceptable: at least 10 characters (counted as
 * code points), at most 200, not a well-known password or a well-known word padded with digits and
 * symbols, not one repeated character, and not the email address. O(length).
 *
 * Example: `passwordProblem("Password2024!", "ana@example.org")` -> "is one of the most common passwords…".
 */
export function passwordProblem(password: string, email: string): string | null {
  const length = [...password].length;
  if (length < minimumPasswordLength) return `must be at least ${minimumPasswordLength} characters long`;
  if (length > maximumPasswordLength) return `must be at most ${maximumPasswordLength} characters long`;
  const lower = password.toLowerCase();
  const common = "is one of the most common passwords; please choose something less predictable";
  if (commonPasswords.has(lower)) return common;
  const letters = lower.replace(/[^a-z]/g, "");
  if (commonBaseWords.has(letters)) return common;
  if (new Set(lower).size <= 2) return "uses too few different characters";
  if (isKeySequence(lower)) return common;
  const local = email.trim().toLowerCase().split("@")[0] ?? "";
  if (lower === email.trim().toLowerCase() || (local.length >= 4 && lower.replace(/[^a-z]/g, "") === local)) {
    return "must not be your email address";
  }
  return null;
}
