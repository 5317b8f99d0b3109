import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "../../app/page-title";

/** What Poise is and is not, and what happens to the data, before anything is asked. */
export function WelcomePage() {
  const { t } = useTranslation();
  usePageTitle(t("welcome.title"));
  return (
    <article className="welcome">
      <h1>{t("welcome.title")}</h1>
      <p className="page-intro">{t("welcome.lead")}</p>

      <div className="welcome-grid">
        <section className="card" aria-labelledby="welcome-is">
          <h2 id="welcome-is">{t("welcome.isTitle")}</h2>
          <ul className="tick-list">
            <li>{t("welcome.is1")}</li>
            <li>{t("welcome.is2")}</li>
            <li>{t("welcome.is3")}</li>
          </ul>
        </section>
        <section className="card" aria-labelledby="welcome-is-not">
          <h2 id="welcome-is-not">{t("welcome.isNotTitle")}</h2>
          <ul className="dash-list">
            <li>{t("welcome.isNot1")}</li>
            <li>{t("welcome.isNot2")}</li>
          </ul>
          <p className="small">
            <Link to="/help">{t("layout.crisisLink")}</Link>
          </p>
        </section>
        <section className="card" aria-labelledby="welcome-data">
          <h2 id="welcome-data">{t("welcome.dataTitle")}</h2>
          <ul className="lock-list">
            <li>{t("welcome.data1")}</li>
            <li>{t("welcome.data2")}</li>
            <li>{t("welcome.data3")}</li>
          </ul>
        </section>
      </div>

      <section aria-labelledby="welcome-balance">
        <h2 id="welcome-balance">{t("welcome.balanceTitle")}</h2>
        <p>{t("welcome.balanceText")}</p>
        <p className="muted">{t("welcome.howLong")}</p>
      </section>

      <div className="button-row">
        <Link className="button" to="/sign-up">
          {t("welcome.signUp")}
        </Link>
        <Link className="button secondary" to="/sign-in">
          {t("welcome.signIn")}
        </Link>
      </div>
    </article>
  );
}
