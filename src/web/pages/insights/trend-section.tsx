import { useTranslation } from "react-i18next";
import type { InsightsReport } from "../../../core/patterns/index";
import { formatShortDate } from "../../app/dates";
import { ChartFrame } from "../../charts/chart-frame";
import { TrendChart } from "../../charts/trend-chart";
import { currentLocale } from "../../i18n/setup";
import { formatMetricValue, metricScale } from "./insight-format";

type Trend = InsightsReport["trends"][number];

/** The five daily measures over the window, each a chart with its table, side by side when wide. */
export function TrendSection({ report }: { report: InsightsReport }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="trends-title">
      <h2 id="trends-title">{t("insights.trendsTitle")}</h2>
      <p className="small muted">{t("insights.trendsIntro")}</p>
      <p className="trend-legend small" aria-hidden="true">
        <span className="legend-item">
          <span className="legend-day" /> {t("insights.legendDay")}
        </span>
        <span className="legend-item">
          <span className="legend-7" /> {t("insights.legend7")}
        </span>
        <span className="legend-item">
          <span className="legend-30" /> {t("insights.legend30")}
        </span>
      </p>
      <div className="trend-grid-layout">
        {report.trends.map((trend) => (
          <TrendCard key={trend.metric} trend={trend} days={report.days} locale={currentLocale(i18n)} />
        ))}
      </div>
    </section>
  );
}

function TrendCard({ trend, days, locale }: { trend: Trend; days: number; locale: "en" | "fr" }) {
  const { t } = useTranslation();
  const value = (v: number | null) => (v === null ? "–" : formatMetricValue(trend.metric, v, locale));
  const highest = Math.max(0, ...trend.points.map((p) => p.value ?? 0));
  const scale = metricScale(trend.metric, locale, highest);
  const noted = trend.points.filter((p) => p.value !== null);
  const level = (mean: number | null) => (mean === null ? t("insights.notNoted") : value(mean));
  const date = (iso: string) => formatShortDate(iso, locale);
  return (
    <div className="card trend-card">
      <ChartFrame
        headingLevel={3}
        title={trend.label}
        chart={
          <TrendChart
            title={trend.label}
            description={t("insights.trendAlt", {
              metric: trend.label,
              days,
              count: noted.length,
              last7: level(trend.last7.mean),
              last30: level(trend.last30.mean),
            })}
            domain={scale.domain}
            ticks={scale.ticks}
            formatTick={scale.format}
            points={trend.points.map((p) => ({ ...p, label: shortDay(p.date, locale) }))}
          />
        }
        table={
          <table>
            <caption>{trend.label}</caption>
            <thead>
              <tr>
                <th scope="col">{t("insights.columnDate")}</th>
                <th scope="col">{t("insights.columnDay")}</th>
                <th scope="col">{t("insights.column7")}</th>
                <th scope="col">{t("insights.column30")}</th>
              </tr>
            </thead>
            <tbody>
              {[...noted].reverse().map((p) => (
                <tr key={p.date}>
                  <th scope="row">{date(p.date)}</th>
                  <td>{value(p.value)}</td>
                  <td>{value(p.average7)}</td>
                  <td>{value(p.average30)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
        footer={t("insights.lastDays", { last7: level(trend.last7.mean), last30: level(trend.last30.mean) })}
      />
    </div>
  );
}

/** "4 Nov" / "4 nov.": enough for an axis. */
function shortDay(iso: string, locale: "en" | "fr"): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short" }).format(new Date(y!, m! - 1, d!));
}
