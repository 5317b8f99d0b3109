import { useTranslation } from "react-i18next";
import type { Locale } from "../../../core/locale";
import { ChoiceGroup } from "../../components/choice-group";
import { rememberLanguage } from "../../i18n/language";
import { currentLocale } from "../../i18n/setup";

// Each language is named in itself, so a person who cannot read the current one still finds theirs.
const names: Record<Locale, string> = { en: "English", fr: "Français" };

export function LanguageChoice() {
  const { t, i18n } = useTranslation();
  return (
    <ChoiceGroup<Locale>
      legend={t("settings.languageLabel")}
      layout="wrap"
      options={(Object.keys(names) as Locale[]).map((value) => ({ value, label: names[value] }))}
      value={currentLocale(i18n)}
      onChange={(language) => {
        rememberLanguage(language);
        void i18n.changeLanguage(language);
      }}
    />
  );
}
