/** A calendar day as "YYYY-MM-DD" in the person's own time zone (what "today" means to them). */
export function isoDay(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, "0");
  const d = String(date.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** Today's calendar day in the local time zone. */
export function todayIso(now: Date = new Date()): string {
  return isoDay(now);
}

/** Parses "YYYY-MM-DD" as a local date, or null when it is not a real calendar day. */
export function parseIsoDay(text: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? "");
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return isoDay(date) === text ? date : null;
}

/** The first and last day of the month that contains `date`, as ISO days. */
export function monthBounds(date: Date): { from: string; to: string } {
  const first = new Date(date.getFullYear(), date.getMonth(), 1);
  const last = new Date(date.getFullYear(), date.getMonth() + 1, 0);
  return { from: isoDay(first), to: isoDay(last) };
}

/** The weeks of a month, Monday first, with null for days outside it. */
export function monthWeeks(date: Date): (Date | null)[][] {
  const first = new Date(date.getFullYear(), date.getMonth(), 1);
  const daysInMonth = new Date(date.getFullYear(), date.getMonth() + 1, 0).getDate();
  const lead = (first.getDay() + 6) % 7;
  const cells: (Date | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= daysInMonth; day++) cells.push(new Date(date.getFullYear(), date.getMonth(), day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (Date | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** A long, readable date in the given language, e.g. "Tuesday 4 March 2025" / "mardi 4 mars 2025". */
export function formatLongDate(date: Date | string, locale: string): string {
  const value = typeof date === "string" ? (parseIsoDay(date) ?? new Date(date)) : date;
  return new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(value);
}

/** A short date, e.g. "4 Mar 2025" / "4 mars 2025". */
export function formatShortDate(date: Date | string, locale: string): string {
  const value = typeof date === "string" ? (parseIsoDay(date) ?? new Date(date)) : date;
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric" }).format(value);
}
