import { useTranslation } from "react-i18next";
import { otherLanguage, rememberLanguage } from "../i18n/language";
import { currentLocale } from "../i18n/setup";

/** A one-click switch to the other shipped language, written in that language (reachable on every page). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = otherLanguage(currentLocale(i18n));
  return (
    <button
      type="button"
      className="button quiet"
      lang={target}
      aria-label={t("layout.switchLanguageLabel")}
      onClick={() => {
        rememberLanguage(target);
        void i18n.changeLanguage(target);
      }}
    >
      {t("layout.switchLanguage")}
    </button>
  );
}
