import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { safeNext } from "../pages/auth/safe-next";
import { useAuth } from "./auth";

export type Access = "public" | "signed-in" | "signed-out";

/**
 * Shows a page only to the people it is for: signed-in pages send others to sign in (and back after),
 * signed-out pages (welcome, sign-in, sign-up) send a signed-in person on: to the check after signing
 * up, to the page that asked for a sign-in, or to Today.
 */
export function AccessGate({ access, children }: { access: Access; children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();
  // Signed-out pages show at once; the welcome text must not wait for the session check.
  if (access === "public" || (access === "signed-out" && state.status === "loading")) return children;
  if (state.status === "loading") {
    return (
      <p className="center-status" role="status">
        {t("common.loading")}
      </p>
    );
  }
  if (access === "signed-in" && state.status === "signed-out") {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (access === "signed-out" && state.status === "signed-in") {
    // Right after signing up the check comes first; after signing in, the page that asked for it.
    const next =
      location.pathname === "/sign-up"
        ? "/check"
        : safeNext(new URLSearchParams(location.search).get("next"));
    return <Navigate to={next} replace />;
  }
  return children;
}
