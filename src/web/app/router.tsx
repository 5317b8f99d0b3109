import { useTranslation } from "react-i18next";
import type { RouteObject } from "react-router";
import { AccessGate } from "./access-gate";
import { AppLayout } from "./app-layout";
import { RouteError } from "./route-error";
import { type PageHandle, type PageRoute, pageRoutes } from "./routes";

/** Turns the page table into React Router route objects under the shared layout. */
export function buildRoutes(pages: PageRoute[] = pageRoutes): RouteObject[] {
  return [
    {
      path: "/",
      Component: AppLayout,
      ErrorBoundary: RouteError,
      HydrateFallback: FirstLoad,
      // The layout builds the main navigation from the same table the router uses.
      handle: { navigation: pages.filter((page) => page.nav).map(({ path, nav }) => ({ path, nav: nav! })) },
      children: pages.map((page) => ({
        ...(page.path === "/" ? { index: true } : { path: page.path }),
        handle: { wide: page.wide ?? false } satisfies PageHandle,
        lazy: async () => {
          const Page = await page.load();
          return {
            element: (
              <AccessGate access={page.access}>
                <Page />
              </AccessGate>
            ),
          };
        },
      })),
    },
  ];
}

/** Shown for the moment the first page's code loads. */
function FirstLoad() {
  const { t } = useTranslation();
  return (
    <p className="center-status" role="status">
      {t("common.loading")}
    </p>
  );
}
