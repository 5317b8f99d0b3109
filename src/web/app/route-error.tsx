import { useTranslation } from "react-i18next";
import { isRouteErrorResponse, Link, useRouteError } from "react-router";

/** Shown when a page fails to load or render; offers a calm way back instead of a blank screen. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main id="main" className="center-status">
      <h1>{notFound ? t("notFound.title") : t("common.errorGeneric")}</h1>
      <p>
        <Link to="/">{t("notFound.home")}</Link>
      </p>
      <p>
        <Link to="/help">{t("layout.crisisLink")}</Link>
      </p>
    </main>
  );
}
