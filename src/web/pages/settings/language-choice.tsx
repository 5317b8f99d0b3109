import { useTranslation } from "react-i18next";
import type { Locale } from "../../../core/locale";
import { useSwitchLanguage } from "../../app/use-switch-language";
import { ChoiceGroup } from "../../components/choice-group";
import { currentLocale } from "../../i18n/setup";

// Each language is named in itself, so a person who cannot read the current one still finds theirs.
const names: Record<Locale, string> = { en: "English", fr: "Français" };

export function LanguageChoice() {
  const { t, i18n } = useTranslation();
  const switchLanguage = useSwitchLanguage();
  return (
    <ChoiceGroup<Locale>
      legend={t("settings.languageLabel")}
      layout="wrap"
      options={(Object.keys(names) as Locale[]).map((value) => ({ value, label: names[value] }))}
      value={currentLocale(i18n)}
      onChange={switchLanguage}
    />
  );
}
