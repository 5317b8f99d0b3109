import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { scaleIds } from "../../../core/inventory/index";
import { scales } from "../../../core/inventory/scales";
import { assessments } from "../../api/endpoints";
import { useRequest } from "../../api/use-request";
import { formatShortDate } from "../../app/dates";
import { usePageTitle } from "../../app/page-title";
import { ChartFrame } from "../../charts/chart-frame";
import { HistoryChart } from "../../charts/history-chart";
import { currentLocale } from "../../i18n/setup";
import { type ScaleStep, scaleTimelines, sentenceFor } from "./history-sentences";

/** Every finished check on a timeline per scale, with reliable-change markers and a sentence per change. */
export function HistoryPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  usePageTitle(t("history.title"));
  const request = useRequest((signal) => assessments.list(locale, signal), []);
  const checks = request.status === "done" ? request.data.assessments : [];
  const timelines = useMemo(() => scaleTimelines(checks, scaleIds), [checks]);
  const date = (iso: string) => formatShortDate(new Date(iso), locale);
  // Two checks on one day are told apart by their time on the chart's axis.
  const sameDay = (iso: string) => checks.filter((c) => date(c.finishedAt) === date(iso)).length > 1;
  const axisLabel = (iso: string) =>
    sameDay(iso)
      ? `${date(iso)} ${new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" }).format(new Date(iso))}`
      : date(iso);
  const round = (n: number) => Math.round(n);
  const scaleName = (id: string) => scales.find((s) => s.id === id)?.name[locale] ?? id;

  const sentence = (name: string, step: ScaleStep) => {
    const values = {
      scale: name,
      from: date(step.fromDate),
      to: date(step.toDate),
      a: round(step.from),
      b: round(step.to),
    };
    return t(`history.${sentenceFor(step)}`, values);
  };

  const count = checks.length;

  return (
    <div className="history">
      <h1>{t("history.title")}</h1>
      <p className="page-intro">{t("history.intro")}</p>
      {request.status === "loading" ? (
        <p role="status" className="muted">
          {t("common.loading")}
        </p>
      ) : request.status === "error" ? (
        <p role="alert">{t("common.errorGeneric")}</p>
      ) : count === 0 ? (
        <>
          <p>{t("history.empty")}</p>
          <Link className="button" to="/check">
            {t("today.takeCheck")}
          </Link>
        </>
      ) : (
        <>
          <p className="small muted">
            <span className="ring-legend" aria-hidden="true" /> {t("history.legendReal")}
          </p>
          <div className="history-grid-layout">
            {timelines.map((timeline) => {
              const name = scaleName(timeline.scale);
              return (
                <div key={timeline.scale} className="card history-scale">
                  <ChartFrame
                    headingLevel={2}
                    title={name}
                    chart={
                      <HistoryChart
                        title={name}
                        description={t("history.chartAlt", { scale: name, count: timeline.points.length })}
                        points={timeline.points.map((p) => ({
                          label: axisLabel(p.date),
                          tScore: round(p.score.tScore),
                          low: p.score.tBand[0],
                          high: p.score.tBand[1],
                          real: p.step !== null && p.step.kind !== "noise",
                        }))}
                      />
                    }
                    table={
                      <table>
                        <caption>{name}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{t("history.columnDate")}</th>
                            <th scope="col">{t("history.columnTScore")}</th>
                            <th scope="col">{t("history.columnBand")}</th>
                            <th scope="col">{t("history.columnChange")}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {timeline.points.map((p) => (
                            <tr key={p.id}>
                              <th scope="row">{date(p.date)}</th>
                              <td>{round(p.score.tScore)}</td>
                              <td>
                                {round(p.score.tBand[0])}–{round(p.score.tBand[1])}
                              </td>
                              <td>
                                {p.step === null
                                  ? t("history.first")
                                  : p.step.kind === "noise"
                                    ? t("history.noise")
                                    : t("history.realChange")}
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    }
                  />
                  <ul className="change-sentences">
                    {timeline.points
                      .filter((p) => p.step)
                      .map((p) => (
                        <li key={p.id} className={p.step!.kind === "noise" ? "is-noise" : "is-real"}>
                          <span className="change-tag">
                            {p.step!.kind === "noise" ? t("history.noise") : t("history.realChange")}
                          </span>{" "}
                          {sentence(name, p.step!)}
                        </li>
                      ))}
                  </ul>
                </div>
              );
            })}
          </div>
          <h2>{t("history.checksTitle")}</h2>
          <ul className="check-links">
            {[...checks]
              .sort((a, b) => b.finishedAt.localeCompare(a.finishedAt))
              .map((check) => (
                <li key={check.id}>
                  <Link to={`/results/${check.id}`}>
                    {t("history.openResult", { date: date(check.finishedAt) })}
                  </Link>
                </li>
              ))}
          </ul>
        </>
      )}
    </div>
  );
}
