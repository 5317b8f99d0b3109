/** The languages Poise ships. Every user-facing text in the core exists in each of them. */
export const locales = ["en", "fr"] as const;
export type Locale = (typeof locales)[number];

/** A text written in every shipped language (never machine-translated word for word). */
export type LocalizedText = Record<Locale, string>;

/** Narrows an arbitrary tag such as "fr-CA" or "en_GB.UTF-8" to a shipped locale, English by default. */
export function toLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? "").toLowerCase().slice(0, 2);
  return (locales as readonly string[]).includes(base) ? (base as Locale) : "en";
}
