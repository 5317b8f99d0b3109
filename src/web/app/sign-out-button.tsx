import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { auth } from "../api/endpoints";
import { useAuth } from "./auth";

/** Ends the session on the server, then shows the welcome page. */
export function SignOutButton({ className = "button secondary" }: { className?: string }) {
  const { t } = useTranslation();
  const { setUser } = useAuth();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className={className}
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await auth.signOut();
        } catch {
          // Even if the server could not be reached, forget the session locally.
        }
        setUser(null);
        navigate("/", { replace: true });
      }}
    >
      {t("layout.signOut")}
    </button>
  );
}
