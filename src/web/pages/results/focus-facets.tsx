import { useTranslation } from "react-i18next";
import type { FocusFacet } from "../../../core/profile/types";

/** The three facets most worth working on, each with daily life and one first step. */
export function FocusFacets({ facets }: { facets: FocusFacet[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="focus-title" className="focus">
      <h2 id="focus-title">{t("results.focusTitle")}</h2>
      <ol className="focus-list">
        {facets.map((facet) => (
          <li key={facet.facet} className="card">
            <h3>{facet.name}</h3>
            <p>{facet.why}</p>
            <h4>{t("results.inDailyLife")}</h4>
            <p>{facet.dailyLife}</p>
            <h4>{t("results.firstStep")}</h4>
            <p className="first-step">{facet.firstStep}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
