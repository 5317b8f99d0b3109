/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. O(length). */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Free text made safe for spreadsheets: a leading =, +, -, @, tab or carriage return would be read as a
 * formula (CSV injection), so such text gets a leading apostrophe, as spreadsheet programs expect.
 */
export function spreadsheetSafe(text: string | null): string | null {
  if (text === null) return null;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Rows of fields as CSV text with CRLF line ends. */
export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
): string {
  return `${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}
