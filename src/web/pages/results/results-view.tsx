import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ScaleScore } from "../../../core/measurement/scale-score";
import type { Profile } from "../../../core/profile/types";
import { formatLongDate } from "../../app/dates";
import { currentLocale } from "../../i18n/setup";
import { BalanceMapSection } from "./balance-map-section";
import { FocusFacets } from "./focus-facets";
import { ScalesSection } from "./scales-section";
import { SpectrumSection } from "./spectrum-section";
import { Strengths } from "./strengths";

/** A finished check with its profile (built by the server with the core, in the requested language). */
export interface FinishedCheck {
  id: string;
  finishedAt: string;
  scores: ScaleScore[];
  profile: Profile;
}

/** Everything a finished check shows, in reading order: where you stand, how sure, what to work on. */
export function ResultsView({ check }: { check: FinishedCheck }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { profile } = check;

  return (
    <div className="results">
      <h1>{t("results.title")}</h1>
      <p className="muted">
        {t("results.takenOn", { date: formatLongDate(new Date(check.finishedAt), locale) })}
      </p>

      <section className="results-lead" aria-label={profile.region.name}>
        <p className="region-headline">
          <span className={`region-badge region-${profile.region.id}`}>{profile.region.name}</span>
        </p>
        <p className="results-summary">{profile.region.summary}</p>
        <p className="muted">{profile.region.certaintyText}</p>
      </section>

      <aside className="notes" aria-label={t("results.notesLabel")}>
        <p>{profile.notes.rightNow}</p>
        <p>
          <strong>{profile.notes.notClinical}</strong>
        </p>
        {profile.provisional ? <p>{profile.notes.provisional}</p> : null}
      </aside>

      <div className="results-grid">
        <BalanceMapSection profile={profile} />
        <div className="results-side">
          <SpectrumSection profile={profile} />
          <ScalesSection profile={profile} />
        </div>
      </div>

      <Strengths strengths={profile.strengths} />
      <FocusFacets facets={profile.focusFacets} locale={profile.locale} />

      <div className="button-row">
        <Link className="button secondary" to="/history">
          {t("results.history")}
        </Link>
        <Link className="button quiet" to="/check">
          {t("results.again")}
        </Link>
      </div>
    </div>
  );
}
