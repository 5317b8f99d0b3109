import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { practicesApi, type WeekPlanView } from "../../api/practices";
import { useRequest } from "../../api/use-request";
import { formatLongDate, todayIso } from "../../app/dates";
import { usePageTitle } from "../../app/page-title";
import { FormStatus } from "../../components/form-status";
import { currentLocale } from "../../i18n/setup";
import { LibrarySection } from "./library-section";
import { PracticeCard } from "./practice-card";
import { ProgressSection } from "./progress-section";
import { swapCandidates } from "./swap-candidates";
import "./practices.css";

/** This week's three practices, progress over the weeks without streaks, and the whole library. */
export function PracticesPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  usePageTitle(t("practices.title"));
  const today = todayIso();
  const [round, setRound] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const plan = useRequest((signal) => practicesApi.plan(today, locale, signal), [today, locale, round]);
  const progress = useRequest((signal) => practicesApi.progress(locale, signal), [locale, round]);
  const library = useRequest((signal) => practicesApi.library(locale, signal), [locale]);
  // Keep showing the plan while it reloads after a change, so the cards (and focus) stay in place.
  const [shownPlan, setShownPlan] = useState<WeekPlanView | null>(null);
  useEffect(() => {
    if (plan.status === "done") setShownPlan(plan.data);
  }, [plan]);
  const [focusId, setFocusId] = useState<string | null>(null);
  const refresh = useCallback((note: string | null) => {
    setMessage(note);
    setRound((r) => r + 1);
  }, []);

  const planned = shownPlan?.practices ?? [];
  const plannedIds = planned.map((p) => p.practice.id);

  return (
    <div className="practices">
      <h1>{t("practices.title")}</h1>
      <p className="page-intro">{t("practices.intro")}</p>
      {message ? <FormStatus kind="success">{message}</FormStatus> : null}
      <section aria-labelledby="week-plan-title">
        <h2 id="week-plan-title">{t("practices.weekTitle")}</h2>
        {plan.status === "error" ? (
          <p role="alert">{t("practices.loadError")}</p>
        ) : !shownPlan ? (
          <p role="status" className="muted">
            {t("common.loading")}
          </p>
        ) : (
          <>
            <p className="small muted">
              {t("practices.weekOf", { date: formatLongDate(shownPlan.weekStart, locale) })} ·{" "}
              {shownPlan.basis.kind === "profile" ? t("practices.basisProfile") : t("practices.basisStarter")}
            </p>
            {shownPlan.basis.kind === "starter" ? (
              <p>
                <Link className="button secondary" to="/check">
                  {t("practices.takeCheck")}
                </Link>
              </p>
            ) : null}
            <div className="practice-grid">
              {planned.map((entry, index) => (
                <PracticeCard
                  key={entry.practice.id}
                  planned={entry}
                  focusOnMount={entry.practice.id === focusId}
                  alternatives={
                    library.status === "done" ? swapCandidates(library.data, plannedIds, entry) : []
                  }
                  onChanged={refresh}
                  onSwap={async (replacementId) => {
                    const ids = plannedIds.map((id, i) => (i === index ? replacementId : id));
                    await practicesApi.choose(today, locale, ids);
                    setFocusId(replacementId);
                    refresh(t("practices.swapped"));
                  }}
                />
              ))}
            </div>
          </>
        )}
      </section>
      {progress.status === "done" ? <ProgressSection progress={progress.data} /> : null}
      {library.status === "done" ? <LibrarySection library={library.data} plannedIds={plannedIds} /> : null}
    </div>
  );
}
