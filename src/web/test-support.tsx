import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import type { Locale } from "../core/locale";
import { setupI18n } from "./i18n/setup";

/** Renders a component with a fresh i18next instance in the given language, as the app provides it. */
export function renderWithI18n(ui: ReactNode, language: Locale = "en") {
  const i18n = setupI18n(language);
  return { i18n, ...render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>) };
}
