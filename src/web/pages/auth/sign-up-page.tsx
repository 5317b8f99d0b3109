import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { auth } from "../../api/endpoints";
import { useAuth } from "../../app/auth";
import { usePageTitle } from "../../app/page-title";
import { currentLocale } from "../../i18n/setup";
import { CredentialsForm } from "./credentials-form";

export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const { setUser } = useAuth();
  usePageTitle(t("auth.signUpTitle"));
  return (
    <div className="narrow">
      <h1>{t("auth.signUpTitle")}</h1>
      <p className="muted">
        {t("auth.signUpIntro")} <Link to="/">{t("auth.readWelcome")}</Link>
      </p>
      <CredentialsForm
        mode="sign-up"
        onSubmit={async (email, password) => {
          const user = await auth.signUp(email, password, currentLocale(i18n));
          // The signed-out gate then moves on to the check.
          setUser(user);
        }}
      />
      <p>
        {t("auth.haveAccount")} <Link to="/sign-in">{t("auth.goSignIn")}</Link>
      </p>
    </div>
  );
}
