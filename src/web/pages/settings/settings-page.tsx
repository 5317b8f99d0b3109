import { useTranslation } from "react-i18next";
import { exportLinks } from "../../api/endpoints";
import { useUser } from "../../app/auth";
import { usePageTitle } from "../../app/page-title";
import { SignOutButton } from "../../app/sign-out-button";
import { ChangePasswordForm } from "./change-password-form";
import { DeleteAccountForm } from "./delete-account-form";
import { LanguageChoice } from "./language-choice";

/** Language, password, data export, sign-out and account deletion, one section each. */
export function SettingsPage() {
  const { t } = useTranslation();
  const user = useUser();
  usePageTitle(t("settings.title"));
  return (
    <div className="settings">
      <h1>{t("settings.title")}</h1>
      <p className="muted">{t("settings.account", { email: user.email })}</p>

      <section aria-labelledby="settings-language" className="card">
        <h2 id="settings-language">{t("settings.languageTitle")}</h2>
        <LanguageChoice />
      </section>

      <section aria-labelledby="settings-password" className="card">
        <h2 id="settings-password">{t("settings.passwordTitle")}</h2>
        <ChangePasswordForm />
      </section>

      <section aria-labelledby="settings-export" className="card">
        <h2 id="settings-export">{t("settings.exportTitle")}</h2>
        <p>{t("settings.exportText")}</p>
        <div className="button-row">
          <a className="button secondary" href={exportLinks.json} download="poise-export.json">
            {t("settings.exportJson")}
          </a>
          <a className="button secondary" href={exportLinks.csv} download="poise-export.csv">
            {t("settings.exportCsv")}
          </a>
        </div>
      </section>

      <section aria-labelledby="settings-sign-out" className="card">
        <h2 id="settings-sign-out">{t("settings.signOutTitle")}</h2>
        <p>{t("settings.signOutText")}</p>
        <SignOutButton />
      </section>

      <section aria-labelledby="settings-delete" className="card card-danger">
        <h2 id="settings-delete">{t("settings.deleteTitle")}</h2>
        <DeleteAccountForm />
      </section>
    </div>
  );
}
