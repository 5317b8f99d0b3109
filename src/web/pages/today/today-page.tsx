import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { regionTexts } from "../../../core/profile/texts";
import { assessments, checkIns } from "../../api/endpoints";
import { useRequest } from "../../api/use-request";
import { formatLongDate, todayIso } from "../../app/dates";
import { usePageTitle } from "../../app/page-title";
import { currentLocale } from "../../i18n/setup";
import { promptsFor } from "../journal/reflection-prompts";

/** The signed-in home: today's check-in, the latest balance, and a question for the journal. */
export function TodayPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  usePageTitle(t("today.title"));
  const today = todayIso();
  const checkIn = useRequest((signal) => checkIns.get(today, signal), [today]);
  const history = useRequest((signal) => assessments.latest(locale, signal), [locale]);
  const latest = history.status === "done" ? history.data.latest : null;
  const inProgress = history.status === "done" ? (history.data.list.inProgress?.id ?? null) : null;
  const prompt = useMemo(
    () => promptsFor(latest?.profile.focusFacets.map((f) => f.facet) ?? [], locale)[0]!,
    [latest, locale],
  );

  return (
    <div className="today">
      <h1>{t("today.title")}</h1>
      <p className="page-intro">
        {t("today.greeting")} {formatLongDate(today, locale)}.
      </p>
      <div className="card-grid">
        <section className="card" aria-labelledby="today-check-in">
          <h2 id="today-check-in">{t("today.checkInTitle")}</h2>
          {checkIn.status === "loading" ? (
            <p className="muted">{t("common.loading")}</p>
          ) : checkIn.status === "done" && checkIn.data ? (
            <>
              <p>
                <span className="done-mark" aria-hidden="true">
                  ✓
                </span>{" "}
                {t("today.checkInDone")}
              </p>
              <Link className="button secondary" to="/check-in">
                {t("today.checkInEdit")}
              </Link>
            </>
          ) : (
            <>
              <p>{t("today.checkInTodo")}</p>
              <Link className="button" to="/check-in">
                {t("today.checkInStart")}
              </Link>
            </>
          )}
        </section>

        <section className="card" aria-labelledby="today-balance">
          <h2 id="today-balance">{t("today.balanceTitle")}</h2>
          {history.status === "loading" ? (
            <p className="muted">{t("common.loading")}</p>
          ) : latest ? (
            <>
              <p>
                {t("today.balanceLatest", {
                  date: formatLongDate(new Date(latest.finishedAt), locale),
                  region: regionTexts[latest.profile.region.id].name[locale],
                })}
              </p>
              <div className="button-row compact">
                <Link className="button secondary" to={`/results/${latest.id}`}>
                  {t("today.seeResults")}
                </Link>
                {inProgress ? (
                  <Link className="button quiet" to={`/check/${inProgress}`}>
                    {t("today.continueCheck")}
                  </Link>
                ) : null}
              </div>
            </>
          ) : (
            <>
              <p>{t("today.balanceNone")}</p>
              <Link className="button" to={inProgress ? `/check/${inProgress}` : "/check"}>
                {inProgress ? t("today.continueCheck") : t("today.takeCheck")}
              </Link>
            </>
          )}
        </section>

        <section className="card" aria-labelledby="today-journal">
          <h2 id="today-journal">{t("today.journalTitle")}</h2>
          <p className="muted small">{t("today.journalText")}</p>
          <p className="prompt-text">{prompt.text}</p>
          <Link className="button secondary" to="/journal">
            {t("today.journalWrite")}
          </Link>
        </section>
      </div>
    </div>
  );
}
