import { useTranslation } from "react-i18next";
import { otherLanguage } from "../i18n/language";
import { currentLocale } from "../i18n/setup";
import { useSwitchLanguage } from "./use-switch-language";

/**
 * A one-click switch to the other shipped language, named in that language ("Français", "English") and
 * marked with its lang so screen readers pronounce it right. Reachable on every page.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const switchLanguage = useSwitchLanguage();
  const target = otherLanguage(currentLocale(i18n));
  return (
    <button type="button" className="button quiet" lang={target} onClick={() => switchLanguage(target)}>
      {t("layout.switchLanguage")}
    </button>
  );
}
