/** The no-break space French puts before a colon and inside guillemets (U+00A0). */
export const NO_BREAK_SPACE = "\u00a0";
/** The narrow no-break space French puts before ; ! ? (U+202F). */
export const NARROW_NO_BREAK_SPACE = "\u202f";

const spaces = "[ \\u00a0\\u202f]";

/**
 * French typography as the web app writes it: the typographic apostrophe (’), a narrow no-break space
 * before ; ! ? and a no-break space before : and inside « ». Idempotent, and it leaves "?!" pairs,
 * times (10:30) and addresses (https://) alone. Pure; O(length). Reference: Lexique des règles
 * typographiques en usage à l’Imprimerie nationale (espaces et ponctuation).
 *
 * Example: `frenchTypography("Et vous ? C'est « simple » : oui.")` gives
 * "Et vous\u202f? C’est «\u00a0simple\u00a0»\u00a0: oui.".
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/'/g, "’")
    .replace(new RegExp(`([^\\s?!;:])${spaces}?([;!?])`, "g"), `$1${NARROW_NO_BREAK_SPACE}$2`)
    .replace(new RegExp(`([^\\s?!;:])${spaces}?:(?=\\s|$)`, "g"), `$1${NO_BREAK_SPACE}:`)
    .replace(new RegExp(`«${spaces}?`, "g"), `«${NO_BREAK_SPACE}`)
    .replace(new RegExp(`${spaces}?»`, "g"), `${NO_BREAK_SPACE}»`);
}

/**
 * What breaks French typography in `text`, as short descriptions (empty when it is right): a straight
 * apostrophe, a missing or breaking space before ; : ! ?, a breaking space inside « », or English
 * quotation marks. O(length). Example: `frenchTypographyIssues("Oui !")` names the space before "!".
 */
export function frenchTypographyIssues(text: string): string[] {
  const issues: string[] = [];
  if (text.includes("'")) issues.push("straight apostrophe (use ’)");
  for (const match of text.matchAll(/(.)?([;!?])/gsu)) {
    const before = match[1];
    if (before === undefined || "?!".includes(before)) continue;
    if (before !== NARROW_NO_BREAK_SPACE && before !== NO_BREAK_SPACE) {
      issues.push(`no no-break space before "${match[2]}" in "…${context(text, match.index)}…"`);
    }
  }
  for (const match of text.matchAll(/(.)?:(?=\s|$)/gsu)) {
    const before = match[1];
    if (before !== NO_BREAK_SPACE && before !== NARROW_NO_BREAK_SPACE) {
      issues.push(`no no-break space before ":" in "…${context(text, match.index)}…"`);
    }
  }
  if (/«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/u.test(text)) issues.push("breaking space inside « »");
  if (/["“”]/u.test(text)) issues.push("English quotation marks (use « »)");
  return issues;
}

function context(text: string, index: number): string {
  return text.slice(Math.max(0, index - 20), index + 3);
}
