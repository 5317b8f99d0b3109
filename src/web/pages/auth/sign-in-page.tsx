import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ApiError } from "../../api/client";
import { auth } from "../../api/endpoints";
import { useAuth } from "../../app/auth";
import { usePageTitle } from "../../app/page-title";
import { CredentialsForm } from "./credentials-form";
import { safeNext } from "./safe-next";

export function SignInPage() {
  const { t } = useTranslation();
  const { setUser } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  usePageTitle(t("auth.signInTitle"));
  return (
    <div className="narrow">
      <h1>{t("auth.signInTitle")}</h1>
      <CredentialsForm
        mode="sign-in"
        onSubmit={async (email, password) => {
          const user = await auth.signIn(email, password);
          setUser(user);
          navigate(safeNext(params.get("next")), { replace: true });
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
