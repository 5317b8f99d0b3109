import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { assessments } from "../../api/endpoints";
import type { AssessmentSummary } from "../../api/types";
import { useRequest } from "../../api/use-request";
import { usePageTitle } from "../../app/page-title";
import { currentLocale } from "../../i18n/setup";
import { ResultsView } from "./results-view";

/** The results of one finished check (/results/:id) or of the latest one (/results). */
export function ResultsPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  usePageTitle(t("results.title"));
  const request = useRequest<AssessmentSummary | null>(
    async (signal) => {
      if (id) {
        const state = await assessments.get(id, locale, signal);
        return state.result ?? null;
      }
      const list = await assessments.list(signal);
      return [...list].sort((a, b) => b.finishedAt.localeCompare(a.finishedAt))[0] ?? null;
    },
    [id],
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
  return <ResultsView summary={request.data} />;
}
