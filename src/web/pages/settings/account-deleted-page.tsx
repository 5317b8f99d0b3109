import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "../../app/page-title";

/** The calm last page after an account was deleted. */
export function AccountDeletedPage() {
  const { t } = useTranslation();
  usePageTitle(t("settings.deletedTitle"));
  return (
    <div>
      <h1>{t("settings.deletedTitle")}</h1>
      <p>{t("settings.deletedText")}</p>
      <p>
        <Link to="/">{t("notFound.home")}</Link>
      </p>
    </div>
  );
}
