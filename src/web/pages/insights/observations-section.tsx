import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { InsightsReport } from "../../../core/patterns/index";
import { companyLabels, strategyLabels, triggerLabels } from "../../../core/patterns/index";
import { currentLocale } from "../../i18n/setup";
import { type DataNeed, dataNeeds, unclearCount } from "./data-needs";
import { effectRange } from "./insight-format";

/**
 * The observations the report states, each with the days it rests on and its likely range; or, when
 * there are none, an honest "not enough days yet" (with what each comparison still needs) or "nothing
 * stands out", never silence that could be read as "nothing is going on".
 */
export function ObservationsSection({ report }: { report: InsightsReport }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { needs, soonest } = dataNeeds(report);
  const unclear = unclearCount(report);
  const unitOf = (
    insight: InsightsReport["insights"][number],
    unit: "points" | "percentagePoints" | "percent",
  ) => {
    if (unit === "percent") return "";
    if (unit === "percentagePoints") return t("insights.unitPercentPoints");
    if (insight.kind !== "change" || insight.metric === "mood") return t("insights.unitMood");
    if (insight.metric === "energy") return t("insights.unitEnergy");
    if (insight.metric === "comfortAlone") return t("insights.unitComfort");
    return t("insights.unitReassurance");
  };

  const count = (key: "countDays" | "countMoreDays" | "countTimes" | "countMoreRatings", n: number) =>
    t(`insights.${key}`, { count: n });
  const needText = (need: DataNeed): string => {
    switch (need.kind) {
      case "weeks":
        return t("insights.needWeeks", {
          thisWeek: count("countDays", need.thisWeek),
          lastWeek: count("countDays", need.lastWeek),
          more: count("countMoreDays", need.more),
        });
      case "trigger": {
        const name = triggerLabels[need.id as keyof typeof triggerLabels][locale];
        const text = t("insights.needTrigger", {
          name,
          days: count("countDays", need.days),
          more: count("countMoreDays", need.more),
        });
        return need.moreCalm > 0
          ? `${text} ${t("insights.needCalm", { more: count("countMoreDays", need.moreCalm) })}`
          : text;
      }
      case "company": {
        const name = companyLabels[need.id as keyof typeof companyLabels][locale];
        const text = t("insights.needCompany", {
          name,
          days: count("countDays", need.days),
          more: count("countMoreDays", need.more),
        });
        return need.moreOther > 0
          ? `${text} ${t("insights.needOther", { more: count("countMoreDays", need.moreOther) })}`
          : text;
      }
      case "strategy":
        return t("insights.needStrategy", {
          name: strategyLabels[need.id as keyof typeof strategyLabels][locale],
          times: count("countTimes", need.uses),
          more: count("countMoreRatings", need.more),
        });
    }
  };
  const needList = (
    <ul className="need-list">
      {needs.map((need) => (
        <li key={need.kind === "weeks" ? "weeks" : `${need.kind}:${need.id}`}>{needText(need)}</li>
      ))}
    </ul>
  );

  return (
    <section aria-labelledby="stands-out-title">
      <h2 id="stands-out-title">{t("insights.standsOutTitle")}</h2>
      {report.insights.length > 0 ? (
        <ul className="observation-list">
          {report.insights.map((insight) => {
            const range = insight.effect ? effectRange(insight.effect, locale) : null;
            return (
              <li key={insight.id} className="card observation">
                <p>{insight.text}</p>
                <p className="small muted observation-meta">
                  {t("insights.basedOn", { count: insight.n })}
                  {range
                    ? ` · ${t("insights.likelyRange", { low: range.low, high: range.high })}${unitOf(insight, range.unit) ? ` ${unitOf(insight, range.unit)}` : ""}`
                    : null}
                </p>
              </li>
            );
          })}
        </ul>
      ) : report.checkinCount === 0 ? (
        <div className="card">
          <p>{t("insights.noCheckins", { days: report.days })}</p>
          <Link className="button secondary" to="/check-in">
            {t("insights.checkInLink")}
          </Link>
        </div>
      ) : soonest !== null && unclear === 0 ? (
        <div className="card notice-card">
          <h3>{t("insights.notEnoughTitle")}</h3>
          <p>{t("insights.notEnoughSoonest", { count: soonest })}</p>
        </div>
      ) : (
        <div className="card notice-card">
          <p>{t("insights.nothingClear")}</p>
        </div>
      )}
      {needs.length === 0 ? null : report.insights.length === 0 ? (
        <>
          <h3>{t("insights.waitingTitle")}</h3>
          {needList}
        </>
      ) : (
        <details className="fold need-fold">
          <summary>{t("insights.waitingCount", { count: needs.length })}</summary>
          <div className="fold-body">{needList}</div>
        </details>
      )}
      {unclear > 0 ? <p className="small">{t("insights.unclear", { count: unclear })}</p> : null}
      {report.method.comparisonsTested > 0 ? (
        <p className="small muted">{t("insights.method", { count: report.method.comparisonsTested })}</p>
      ) : null}
    </section>
  );
}
