import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { notifySessionEnded } from "../api/client";
import { renderWithI18n } from "../test-support";
import { AuthProvider, type AuthState } from "./auth";
import { buildRoutes } from "./router";
import type { PageRoute } from "./routes";

afterEach(cleanup);

const page = (title: string) => async () => () => <h1>{title}</h1>;
const pages: PageRoute[] = [
  { path: "/", access: "signed-out", load: page("Welcome") },
  { path: "/sign-in", access: "signed-out", load: page("Sign in page") },
  { path: "/today", access: "signed-in", nav: "today", load: page("Today page") },
  { path: "/journal", access: "signed-in", nav: "journal", load: page("Journal page") },
  { path: "/help", access: "public", load: page("Help page") },
];

async function renderAt(path: string, auth: AuthState) {
  const router = createMemoryRouter(buildRoutes(pages), { initialEntries: [path] });
  renderWithI18n(
    <AuthProvider initial={auth}>
      <RouterProvider router={router} />
    </AuthProvider>,
  );
  await screen.findByRole("heading", { level: 1 });
  return router;
}

const signedIn: AuthState = {
  status: "signed-in",
  user: { id: "u1", email: "someone@example.org", locale: "en" },
};

describe("AppLayout", () => {
  it("offers the crisis link, a skip link and the language switch on every page", async () => {
    await renderAt("/", { status: "signed-out" });
    expect(
      screen.getByRole("link", { name: "If you are in crisis, find help now" }).getAttribute("href"),
    ).toBe("/help");
    expect(screen.getByRole("link", { name: "Skip to main content" }).getAttribute("href")).toBe("#main");
    expect(screen.getByRole("button", { name: "Français" })).toBeTruthy();
    expect(screen.queryByRole("navigation")).toBeNull();
  });

  it("builds the navigation from the page table and opens and closes it like a menu", async () => {
    await renderAt("/today", signedIn);
    const user = userEvent.setup();
    const menu = screen.getByRole("button", { name: "Menu" });
    expect(menu.getAttribute("aria-expanded")).toBe("false");
    await user.click(menu);
    expect(menu.getAttribute("aria-expanded")).toBe("true");
    const nav = screen.getByRole("navigation", { name: "Main" });
    const links = [...nav.querySelectorAll("a")].map((a) => [a.textContent, a.getAttribute("aria-current")]);
    expect(links).toEqual([
      ["Today", "page"],
      ["Journal", null],
    ]);
    await user.click(screen.getByRole("link", { name: "Journal" }));
    await screen.findByRole("heading", { name: "Journal page" });
    expect(screen.getByRole("button", { name: "Menu" }).getAttribute("aria-expanded")).toBe("false");
    await user.click(screen.getByRole("button", { name: "Menu" }));
    screen.getByRole("link", { name: "Today" }).focus();
    await user.keyboard("{Escape}");
    expect(screen.getByRole("button", { name: "Menu" }).getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Menu" }));
  });

  it("sends a person whose session ended to sign in, and back afterwards", async () => {
    const router = await renderAt("/journal", signedIn);
    // What the API client does on a 401 "unauthenticated" answer while signed in.
    await act(async () => notifySessionEnded());
    await screen.findByRole("heading", { name: "Sign in page" });
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent("/journal")}`);
  });

  it("keeps signed-in pages from people who are not signed in", async () => {
    const router = await renderAt("/today", { status: "signed-out" });
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Sign in page");
    expect(router.state.location.pathname).toBe("/sign-in");
  });
});
