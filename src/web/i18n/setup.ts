import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { type Locale, toLocale } from "../../core/locale";
import { en } from "./en";
import { fr } from "./fr";
import { initialLanguage } from "./language";

export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

/**
 * Creates the i18next instance used by the whole app, with both languages bundled (they are small) so
 * that switching never waits for the network. `<html lang>` follows every change of language.
 */
export function setupI18n(language: Locale = initialLanguage()): i18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  instance.on("languageChanged", (lng) => {
    if (typeof document !== "undefined") document.documentElement.lang = toLocale(lng);
  });
  void instance.init({
    resources,
    lng: language,
    fallbackLng: "en",
    supportedLngs: ["en", "fr"],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** The current language of an i18next instance as a shipped locale. */
export function currentLocale(instance: i18n): Locale {
  return toLocale(instance.resolvedLanguage ?? instance.language);
}
