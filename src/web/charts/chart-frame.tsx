import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";

export interface ChartFrameProps {
  title: string;
  intro?: ReactNode;
  /** The chart: an SVG with role="img" and its own text alternative. */
  chart: ReactNode;
  /** The same data as a table, for reading rather than looking. */
  table: ReactNode;
  /** Notes under the chart or table (legend, uncertainty). */
  footer?: ReactNode;
  headingLevel?: 2 | 3;
}

/** A titled chart with a button that swaps it for its data table and back. */
export function ChartFrame({ title, intro, chart, table, footer, headingLevel = 2 }: ChartFrameProps) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="chart-frame" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{title}</Heading>
      {intro ? <div className="chart-intro">{intro}</div> : null}
      <div className="chart-body" id={`${id}-body`}>
        {asTable ? table : chart}
      </div>
      {footer ? <div className="chart-footer small muted">{footer}</div> : null}
      <button
        type="button"
        className="button quiet chart-toggle"
        aria-controls={`${id}-body`}
        onClick={() => setAsTable((value) => !value)}
      >
        {asTable ? t("results.showChart") : t("results.showTable")}
      </button>
    </section>
  );
}
