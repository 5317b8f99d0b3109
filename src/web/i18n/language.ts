import { type Locale, locales, toLocale } from "../../core/locale";

const storageKey = "poise.language";

/** The language chosen earlier on this device, else the browser's first shipped language, else English. */
export function initialLanguage(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    if (stored && (locales as readonly string[]).includes(stored)) return stored as Locale;
  } catch {
    // Storage can be disabled; the browser's preference still applies.
  }
  const preferred = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? "en"];
  for (const tag of preferred) {
    const base = tag.toLowerCase().slice(0, 2);
    if ((locales as readonly string[]).includes(base)) return base as Locale;
  }
  return toLocale(null);
}

/** Remembers an explicit choice so the next visit opens in the same language. */
export function rememberLanguage(language: Locale): void {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Not remembering is harmless.
  }
}

/** The other shipped language: the one the header's switch offers. */
export function otherLanguage(language: Locale): Locale {
  return language === "fr" ? "en" : "fr";
}
