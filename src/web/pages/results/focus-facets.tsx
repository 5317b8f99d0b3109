import { useTranslation } from "react-i18next";
import { MARKED_NEED } from "../../../core/profile/focus-facets";
import { focusWhyTogetherTexts } from "../../../core/profile/texts";
import type { FocusFacet, Profile } from "../../../core/profile/types";

/**
 * The reason shared by every focus facet, said once for all of them; null when the reasons differ.
 * O(facets).
 */
export function sharedReason(facets: readonly FocusFacet[], locale: Profile["locale"]): string | null {
  const first = facets[0];
  if (!first || facets.length < 2 || facets.some((f) => f.why !== first.why)) return null;
  return focusWhyTogetherTexts[first.direction][first.need >= MARKED_NEED ? "marked" : "mild"][locale];
}

/**
 * The three facets most worth working on, each with daily life and one first step. When all three
 * come for the same reason, the reason is said once above them rather than three times.
 */
export function FocusFacets({ facets, locale }: { facets: FocusFacet[]; locale: Profile["locale"] }) {
  const { t } = useTranslation();
  const shared = sharedReason(facets, locale);
  return (
    <section aria-labelledby="focus-title" className="focus">
      <h2 id="focus-title">{t("results.focusTitle")}</h2>
      {shared ? <p className="focus-intro">{shared}</p> : null}
      <ol className="focus-list">
        {facets.map((facet) => (
          <li key={facet.facet} className="card">
            <h3>{facet.name}</h3>
            {shared ? null : <p>{facet.why}</p>}
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
