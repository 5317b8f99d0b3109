import type { ComponentType } from "react";
import type { en } from "../i18n/en";
import type { Access } from "./access-gate";

export type NavKey = keyof typeof en.nav;

/** One page of the app. Add a page by adding one entry here; the navigation follows. */
export interface PageRoute {
  path: string;
  access: Access;
  /** Loads the page's module only when it is first visited (keeps the welcome page small). */
  load: () => Promise<ComponentType>;
  /** Shown in the main navigation, in this array's order, under the label nav.<key>. */
  nav?: NavKey;
  /** Lets the page use the wide content column (charts side by side on a desktop). */
  wide?: boolean;
}

export const pageRoutes: PageRoute[] = [
  {
    path: "/",
    access: "signed-out",
    load: () => import("../pages/welcome/welcome-page").then((m) => m.WelcomePage),
  },
  {
    path: "/sign-up",
    access: "signed-out",
    load: () => import("../pages/auth/sign-up-page").then((m) => m.SignUpPage),
  },
  {
    path: "/sign-in",
    access: "signed-out",
    load: () => import("../pages/auth/sign-in-page").then((m) => m.SignInPage),
  },
  {
    path: "/today",
    access: "signed-in",
    nav: "today",
    load: () => import("../pages/today/today-page").then((m) => m.TodayPage),
  },
  {
    path: "/check-in",
    access: "signed-in",
    nav: "checkIn",
    wide: true,
    load: () => import("../pages/check-in/check-in-page").then((m) => m.CheckInPage),
  },
  {
    path: "/journal",
    access: "signed-in",
    nav: "journal",
    load: () => import("../pages/journal/journal-page").then((m) => m.JournalPage),
  },
  {
    path: "/insights",
    access: "signed-in",
    nav: "insights",
    wide: true,
    load: () => import("../pages/insights/insights-page").then((m) => m.InsightsPage),
  },
  {
    path: "/practices",
    access: "signed-in",
    nav: "practices",
    wide: true,
    load: () => import("../pages/practices/practices-page").then((m) => m.PracticesPage),
  },
  {
    path: "/check",
    access: "signed-in",
    nav: "check",
    load: () => import("../pages/check/check-start-page").then((m) => m.CheckStartPage),
  },
  {
    path: "/check/:id",
    access: "signed-in",
    load: () => import("../pages/check/check-run-page").then((m) => m.CheckRunPage),
  },
  {
    path: "/results",
    access: "signed-in",
    nav: "results",
    wide: true,
    load: () => import("../pages/results/results-page").then((m) => m.ResultsPage),
  },
  {
    path: "/results/:id",
    access: "signed-in",
    wide: true,
    load: () => import("../pages/results/results-page").then((m) => m.ResultsPage),
  },
  {
    path: "/history",
    access: "signed-in",
    nav: "history",
    wide: true,
    load: () => import("../pages/history/history-page").then((m) => m.HistoryPage),
  },
  {
    path: "/settings",
    access: "signed-in",
    nav: "settings",
    load: () => import("../pages/settings/settings-page").then((m) => m.SettingsPage),
  },
  {
    path: "/account-deleted",
    access: "public",
    load: () => import("../pages/settings/account-deleted-page").then((m) => m.AccountDeletedPage),
  },
  { path: "/help", access: "public", load: () => import("../pages/help/help-page").then((m) => m.HelpPage) },
  {
    path: "*",
    access: "public",
    load: () => import("../pages/not-found/not-found-page").then((m) => m.NotFoundPage),
  },
];

/** The route handle a page carries; the layout reads it to pick the content width. */
export interface PageHandle {
  wide: boolean;
}

/** The root route's handle: the navigation entries, in table order. */
export interface LayoutHandle {
  navigation: { path: string; nav: NavKey }[];
}
