import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAuth } from "../../app/auth";
import { usePageTitle } from "../../app/page-title";

/** Help resources for a person in crisis, in their language; reachable from every page, signed in or not. */
export function HelpPage() {
  const { t } = useTranslation();
  const { state } = useAuth();
  usePageTitle(t("help.title"));
  return (
    <article className="help-page">
      <h1>{t("help.title")}</h1>
      <p className="page-intro">{t("help.intro")}</p>
      <p className="emergency-note">
        <strong>{t("help.emergency")}</strong>
      </p>
      <h2>{t("help.otherCountries")}</h2>
      <p>{t("help.otherCountriesText")}</p>
      <p className="muted">{t("help.poiseNote")}</p>
      <p>
        <Link to={state.status === "signed-in" ? "/today" : "/"}>{t("help.backToPoise")}</Link>
      </p>
    </article>
  );
}
