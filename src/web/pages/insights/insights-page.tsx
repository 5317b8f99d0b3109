import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { InsightWindow } from "../../../core/patterns/index";
import { fetchInsights } from "../../api/insights";
import { useRequest } from "../../api/use-request";
import { todayIso } from "../../app/dates";
import { usePageTitle } from "../../app/page-title";
import { ChoiceGroup } from "../../components/choice-group";
import { currentLocale } from "../../i18n/setup";
import { ComparisonsSection } from "./comparisons-section";
import { ObservationsSection } from "./observations-section";
import { TrendSection } from "./trend-section";
import "./insights.css";

const windows: InsightWindow[] = [30, 90, 365];

/**
 * A month of check-ins rarely supports a statement (docs/design/insights.md), so the page opens on
 * three months; the person can look at one month or a year.
 */
const defaultWindow: InsightWindow = 90;

function windowFrom(raw: string | null): InsightWindow {
  const days = Number(raw);
  return (windows as number[]).includes(days) ? (days as InsightWindow) : defaultWindow;
}

/** Insights from the person's check-ins: the week in brief, what stands out, trends and every comparison. */
export function InsightsPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  usePageTitle(t("insights.title"));
  const [params, setParams] = useSearchParams();
  const days = windowFrom(params.get("days"));
  const today = todayIso();
  const request = useRequest(
    (signal) => fetchInsights({ days, today, locale }, signal),
    [days, today, locale],
  );

  return (
    <div className="insights">
      <h1>{t("insights.title")}</h1>
      <p className="page-intro">{t("insights.intro")}</p>
      <ChoiceGroup
        legend={t("insights.windowLegend")}
        layout="row"
        className="window-choice"
        options={windows.map((value) => ({ value, label: t(`insights.window${value}`) }))}
        value={days}
        onChange={(value) =>
          setParams(value === defaultWindow ? {} : { days: String(value) }, { replace: true })
        }
      />
      {request.status === "loading" ? (
        <p role="status" className="muted">
          {t("common.loading")}
        </p>
      ) : request.status === "error" ? (
        <p role="alert">{t("insights.loadError")}</p>
      ) : (
        <>
          <div className="insights-top" data-days={request.data.days}>
            <section className="card week-summary" aria-labelledby="week-title">
              <h2 id="week-title">{t("insights.weekTitle")}</h2>
              <p>{request.data.summary.headline}</p>
              {request.data.summary.lines.length > 0 ? (
                <ul>
                  {request.data.summary.lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              ) : null}
            </section>
            <div>
              <ObservationsSection report={request.data} />
            </div>
          </div>
          {request.data.checkinCount > 0 ? <TrendSection report={request.data} /> : null}
          {request.data.feelings.length > 0 ? (
            <section aria-labelledby="feelings-title">
              <h2 id="feelings-title">{t("insights.feelingsTitle")}</h2>
              <ul className="feeling-chips">
                {request.data.feelings.slice(0, 8).map((feeling) => (
                  <li key={feeling.id}>
                    {t("insights.feelingDays", { label: feeling.label, count: feeling.days })}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <ComparisonsSection report={request.data} />
        </>
      )}
    </div>
  );
}
