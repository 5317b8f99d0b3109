import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { Locale } from "../../core/locale";
import { auth } from "../api/endpoints";
import { rememberLanguage } from "../i18n/language";
import { useAuth } from "./auth";

/**
 * Switches the app's language at once, remembers it on this device and, for a signed-in person, on
 * the account too (so texts the server writes, such as exports and insights, follow). The account
 * update is best effort: the switch never waits for it.
 */
export function useSwitchLanguage(): (language: Locale) => void {
  const { i18n } = useTranslation();
  const { state, setUser } = useAuth();
  return useCallback(
    (language: Locale) => {
      rememberLanguage(language);
      void i18n.changeLanguage(language);
      if (state.status === "signed-in" && state.user.locale !== language) {
        auth.setLocale(language).then(setUser, () => {
          // The app already speaks the new language; the account keeps the old one until next time.
        });
      }
    },
    [i18n, state, setUser],
  );
}
