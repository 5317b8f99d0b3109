import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ComparisonStatus, Effect, InsightsReport } from "../../../core/patterns/index";
import {
  afterEffectLabels,
  companyLabels,
  strategyLabels,
  triggerLabels,
} from "../../../core/patterns/index";
import { currentLocale } from "../../i18n/setup";
import { effectRange } from "./insight-format";

interface Row {
  id: string;
  name: string;
  count: string;
  value: string;
  status: ComparisonStatus;
}

/** Every trigger, strategy and company comparison of the window, with its status, in plain tables. */
export function ComparisonsSection({ report }: { report: InsightsReport }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const difference = (effect: Effect | null) => {
    if (!effect) return "–";
    const range = effectRange(effect, locale);
    const estimate = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: "exceptZero",
    }).format(effect.estimate);
    return `${estimate} (${range.low} … ${range.high})`;
  };
  const days = (count: number) => t("insights.countDays", { count });
  const triggers: Row[] = report.triggers
    .filter((c) => c.withDays.days > 0)
    .map((c) => ({
      id: c.id,
      name: triggerLabels[c.trigger][locale],
      count: days(c.withDays.days),
      value: difference(c.effect),
      status: c.status,
    }));
  const strategies: Row[] = report.strategies
    .filter((c) => c.uses > 0)
    .map((c) => ({
      id: c.id,
      name: strategyLabels[c.strategy][locale],
      count: t("insights.countTimes", { count: c.uses }),
      value: `${c.better} / ${c.same} / ${c.worse}`,
      status: c.status,
    }));
  const company: Row[] = report.company
    .filter((c) => c.withDays.days > 0)
    .map((c) => ({
      id: c.id,
      name: companyLabels[c.company][locale],
      count: days(c.withDays.days),
      value: difference(c.effect),
      status: c.status,
    }));
  if (triggers.length + strategies.length + company.length === 0) return null;
  const outcomes = `${afterEffectLabels.better[locale]} / ${afterEffectLabels.same[locale]} / ${afterEffectLabels.worse[locale]}`;
  return (
    <section aria-labelledby="comparisons-title">
      <h2 id="comparisons-title">{t("insights.detailsTitle")}</h2>
      <p className="small muted">{t("insights.detailsIntro")}</p>
      <div className="comparison-tables">
        <ComparisonTable
          id="triggers"
          caption={t("insights.triggersCaption")}
          columns={[t("insights.columnTrigger"), t("insights.columnDifference")]}
          rows={triggers}
        />
        <ComparisonTable
          id="strategies"
          caption={t("insights.strategiesCaption")}
          columns={[t("insights.columnStrategy"), outcomes]}
          rows={strategies}
        />
        <ComparisonTable
          id="company"
          caption={t("insights.companyCaption")}
          columns={[t("insights.columnCompany"), t("insights.columnDifference")]}
          rows={company}
        />
      </div>
    </section>
  );
}

function ComparisonTable(props: { id: string; caption: string; columns: [string, string]; rows: Row[] }) {
  const { t } = useTranslation();
  if (props.rows.length === 0) return null;
  const status: Record<ComparisonStatus, ReactNode> = {
    shown: <strong>{t("insights.statusShown")}</strong>,
    "not-clear": t("insights.statusNotClear"),
    "too-little-data": t("insights.statusTooLittle"),
    "no-variation": t("insights.statusNoVariation"),
  };
  return (
    // A table wider than a phone scrolls sideways; the region must then be reachable by keyboard (WCAG 2.1.1).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs focus to scroll without a pointer
    <section className="table-scroll" tabIndex={0} aria-labelledby={`${props.id}-caption`}>
      <table>
        <caption id={`${props.id}-caption`}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.columns[0]}</th>
            <th scope="col">{props.columns[1]}</th>
            <th scope="col">{t("insights.columnStatus")}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                {row.name} <span className="cell-count">{row.count}</span>
              </th>
              <td>{row.value}</td>
              <td>{status[row.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
