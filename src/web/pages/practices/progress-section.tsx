import { useTranslation } from "react-i18next";
import type { ProgressView } from "../../api/practices";
import { formatShortDate } from "../../app/dates";
import { ChartFrame } from "../../charts/chart-frame";
import { WeeklyBars } from "../../charts/weekly-bars";
import { currentLocale } from "../../i18n/setup";

/** Weeks shown in the chart: about three months. */
const chartWeeks = 12;

/** Practice over the weeks: what was done, counted without streaks or anything "missed". */
export function ProgressSection({ progress }: { progress: ProgressView }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const weeks = progress.weeks.slice(-chartWeeks);
  const shortWeek = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number);
    return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short" }).format(
      new Date(y!, m! - 1, d!),
    );
  };
  return (
    <section aria-labelledby="progress-title" className="practice-progress">
      <h2 id="progress-title">{t("practices.progressTitle")}</h2>
      <p className="small muted">{t("practices.progressIntro")}</p>
      <p className="progress-summary">{progress.summary}</p>
      {weeks.some((w) => w.completions > 0) ? (
        <div className="progress-grid">
          <ChartFrame
            headingLevel={3}
            title={t("practices.progressChartTitle")}
            chart={
              <WeeklyBars
                title={t("practices.progressChartTitle")}
                description={t("practices.progressAlt", {
                  count: weeks.length,
                  total: progress.totalCompletions,
                })}
                weeks={weeks.map((w) => ({ label: shortWeek(w.weekStart), count: w.completions }))}
              />
            }
            table={
              <table>
                <caption>{t("practices.progressChartTitle")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("practices.columnWeek")}</th>
                    <th scope="col">{t("practices.columnDone")}</th>
                    <th scope="col">{t("practices.columnPlannedDone")}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...weeks].reverse().map((w) => (
                    <tr key={w.weekStart}>
                      <th scope="row">{formatShortDate(w.weekStart, locale)}</th>
                      <td>{w.completions}</td>
                      <td>
                        {w.planned.length > 0
                          ? t("practices.plannedDone", { done: w.plannedDone, planned: w.planned.length })
                          : "–"}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
          {progress.facets.length > 0 ? (
            <div className="card">
              <h3>{t("practices.facetsTitle")}</h3>
              <ul className="facet-counts">
                {progress.facets.slice(0, 8).map((facet) => (
                  <li key={facet.id}>
                    {t("practices.facetTimes", { name: facet.name, count: facet.completions })}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
