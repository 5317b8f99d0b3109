import { useState } from "react";
import { useTranslation } from "react-i18next";
import { auth } from "../api/endpoints";

/** Ends the session on the server, then reloads the welcome page. */
export function SignOutButton({ className = "button secondary" }: { className?: string }) {
  const { t } = useTranslation();
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
        // A full page load leaves nothing of the session in this tab's memory.
        window.location.replace("/");
      }}
    >
      {t("layout.signOut")}
    </button>
  );
}
