import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithI18n } from "../test-support";
import { AuthProvider } from "./auth";
import { LanguageSwitch } from "./language-switch";

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe("LanguageSwitch", () => {
  it("switches to the other language, updates <html lang> and remembers the choice", async () => {
    // Signed out: the switch needs no server at all.
    const { i18n } = renderWithI18n(
      <AuthProvider initial={{ status: "signed-out" }}>
        <LanguageSwitch />
      </AuthProvider>,
      "en",
    );
    expect(document.documentElement.lang).toBe("en");
    const button = screen.getByRole("button", { name: "Français" });
    expect(button.getAttribute("lang")).toBe("fr");
    await userEvent.click(button);
    expect(i18n.language).toBe("fr");
    expect(document.documentElement.lang).toBe("fr");
    expect(localStorage.getItem("poise.language")).toBe("fr");
    expect(screen.getByRole("button", { name: "English" }).getAttribute("lang")).toBe("en");
  });
});
