import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { assessments } from "../../api/endpoints";
import { useRequest } from "../../api/use-request";
import { usePageTitle } from "../../app/page-title";
import { currentLocale } from "../../i18n/setup";
import { type FinishedCheck, ResultsView } from "./results-view";

/** The results of one finished check (/results/:id) or of the latest one (/results), in the current language. */
export function ResultsPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  usePageTitle(t("results.title"));
  const request = useRequest<FinishedCheck | null>(
    async (signal) => {
      if (!id) return (await assessments.latest(locale, signal)).latest;
      const state = await assessments.get(id, locale, signal);
      return state.result && state.finishedAt
        ? { id: state.id, finishedAt: state.finishedAt, ...state.result }
        : null;
    },
    [id, locale],
  );

  if (request.status === "loading") {
    return (
      <div>
        <h1>{t("results.title")}</h1>
        <p role="status" className="muted">
          {t("common.loading")}
        </p>
      </div>
    );
  }
  if (request.status === "error" || !request.data) {
    return (
      <div>
        <h1>{t("results.title")}</h1>
        <p>{request.status === "error" ? t("common.errorGeneric") : t("results.none")}</p>
        <Link className="button" to="/check">
          {t("today.takeCheck")}
        </Link>
      </div>
    );
  }
  return <ResultsView check={request.data} />;
}
