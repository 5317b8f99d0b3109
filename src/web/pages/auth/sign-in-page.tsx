import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../../api/client";
import { auth } from "../../api/endpoints";
import { useAuth } from "../../app/auth";
import { usePageTitle } from "../../app/page-title";
import { CredentialsForm } from "./credentials-form";

export function SignInPage() {
  const { t } = useTranslation();
  const { setUser } = useAuth();
  usePageTitle(t("auth.signInTitle"));
  return (
    <div className="narrow">
      <h1>{t("auth.signInTitle")}</h1>
      <CredentialsForm
        mode="sign-in"
        onSubmit={async (email, password) => {
          const user = await auth.signIn(email, password);
          // The signed-out gate then moves on to the page that asked for a sign-in.
          setUser(user);
        }}
        describeFailure={(error) =>
          error instanceof ApiError && error.code === "invalid_credentials"
            ? { form: t("auth.badCredentials"), fields: {} }
            : null
        }
      />
      <p>
        {t("auth.noAccount")} <Link to="/sign-up">{t("auth.goSignUp")}</Link>
      </p>
    </div>
  );
}
