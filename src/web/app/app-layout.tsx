import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useLocation, useMatches, useNavigation } from "react-router";
import { currentLocale } from "../i18n/setup";
import { useAuth } from "./auth";
import { LanguageSwitch } from "./language-switch";
import type { LayoutHandle, PageHandle } from "./routes";
import { SignOutButton } from "./sign-out-button";

/** The frame of every page: crisis link, header with navigation and language switch, main, footer. */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const { state } = useAuth();
  const location = useLocation();
  const routerState = useNavigation();
  const matches = useMatches();
  const wide = matches.some((match) => (match.handle as PageHandle | undefined)?.wide);
  const navigation = (matches[0]?.handle as LayoutHandle | undefined)?.navigation ?? [];
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const mainRef = useRef<HTMLElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const firstRender = useRef(true);
  const signedIn = state.status === "signed-in";

  // After a navigation, close the menu and move focus to the new page's heading, so keyboard and
  // screen reader users start reading the page rather than the header again. A page that already put
  // focus somewhere inside itself (the check focuses its answers) keeps it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of page, by design.
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active && active !== mainRef.current && mainRef.current?.contains(active)) return;
      const heading = mainRef.current?.querySelector("h1");
      const target = heading ?? mainRef.current;
      if (!target) return;
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: false });
    });
    return () => cancelAnimationFrame(frame);
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t("layout.skipLink")}
      </a>
      <div className="crisis-band">
        <Link to="/help">{t("layout.crisisLink")}</Link>
      </div>
      <header className="site-header">
        <div className="site-header-inner">
          <Link className="brand" to={signedIn ? "/today" : "/"}>
            <BrandMark />
            {t("common.appName")}
          </Link>
          <div className="header-tools">
            <LanguageSwitch />
            {state.status === "signed-out" && location.pathname !== "/sign-in" ? (
              <Link className="button quiet" to="/sign-in">
                {t("layout.signIn")}
              </Link>
            ) : null}
            {signedIn ? (
              <button
                ref={menuButton}
                type="button"
                className="button quiet menu-button"
                aria-expanded={menuOpen}
                aria-controls={menuId}
                onClick={() => setMenuOpen((open) => !open)}
              >
                <MenuIcon open={menuOpen} />
                {menuOpen ? t("layout.closeMenu") : t("layout.menu")}
              </button>
            ) : null}
          </div>
          {signedIn ? (
            <nav
              className="main-nav"
              id={menuId}
              aria-label={t("layout.mainNav")}
              data-open={menuOpen}
              onKeyDown={(event) => {
                // Escape closes the open menu and returns to its button, as in most menus.
                if (event.key === "Escape" && menuOpen) {
                  setMenuOpen(false);
                  menuButton.current?.focus();
                }
              }}
            >
              <ul>
                {navigation.map((entry) => (
                  <li key={entry.path}>
                    <NavLink to={entry.path} end={entry.path === "/today"}>
                      {t(`nav.${entry.nav}`)}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </div>
      </header>
      <main
        id="main"
        ref={mainRef}
        className={wide ? "wide" : undefined}
        tabIndex={-1}
        lang={currentLocale(i18n)}
      >
        {routerState.state === "loading" ? (
          <p className="sr-only" role="status">
            {t("common.loading")}
          </p>
        ) : null}
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t("layout.footerNote")}</p>
        {signedIn ? (
          <p>
            <SignOutButton className="link-button" />
          </p>
        ) : null}
      </footer>
    </>
  );
}

function BrandMark() {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="15" className="brand-disc" />
      <path d="M7 19c3-5 6-5 9 0s6 5 9 0" className="brand-wave" />
    </svg>
  );
}

function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      className="menu-icon"
    >
      {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
    </svg>
  );
}
