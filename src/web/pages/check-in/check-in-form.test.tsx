import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError } from "../../api/client";
import type { SafetyScan } from "../../api/types";
import { renderWithI18n } from "../../test-support";
import { type CheckInDraft, checkInFromDraft } from "./check-in-draft";
import { CheckInForm } from "./check-in-form";

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

function renderForm(
  onSave: (draft: CheckInDraft) => Promise<void>,
  language: "en" | "fr" = "en",
  scan?: SafetyScan,
) {
  return renderWithI18n(
    <MemoryRouter>
      <CheckInForm
        date="2025-03-04"
        dateLabel="Tuesday 4 March 2025"
        saved={null}
        onSave={async (draft) => {
          await onSave(draft);
          return scan;
        }}
        onDelete={async () => {}}
      />
    </MemoryRouter>,
    language,
  );
}

describe("CheckInForm", () => {
  it("saves a mood chosen with the keyboard alone", async () => {
    const saved: CheckInDraft[] = [];
    renderForm(async (draft) => {
      saved.push(draft);
    });
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("radio", { name: /Very unpleasant/ }));
    await user.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}");
    expect(screen.getByRole("radio", { name: /Somewhat pleasant/ })).toHaveProperty("checked", true);
    await user.click(screen.getByRole("button", { name: "Save check-in" }));
    await screen.findByText("Saved. Thank you for checking in.");
    expect(saved).toHaveLength(1);
    expect(saved[0]!.mood).toBe(1);
    expect(saved[0]!.energy).toBeNull();
  });

  it("shows help at once, with its heading focused, when the server's scan of the note found a sign of crisis", async () => {
    renderForm(async () => {}, "en", { signals: ["crisis"] });
    await userEvent.click(screen.getByRole("radio", { name: /Very unpleasant/ }));
    await userEvent.click(screen.getByRole("button", { name: "Save check-in" }));
    const heading = await screen.findByRole("heading", { name: "You don't have to carry this alone" });
    expect(document.activeElement).toBe(heading);
  });

  it("shows no help panel when the scan found nothing", async () => {
    renderForm(async () => {}, "en", { signals: [] });
    await userEvent.click(screen.getByRole("radio", { name: /Very unpleasant/ }));
    await userEvent.click(screen.getByRole("button", { name: "Save check-in" }));
    await screen.findByText("Saved. Thank you for checking in.");
    expect(screen.queryByRole("heading", { name: "You don't have to carry this alone" })).toBeNull();
  });

  it("names a missing mood next to the field and sends nothing", async () => {
    const saved: CheckInDraft[] = [];
    renderForm(async (draft) => {
      saved.push(draft);
    });
    await userEvent.click(screen.getByRole("button", { name: "Save check-in" }));
    const message = await screenInGroup("How did the day feel?", "Please choose how the day felt.");
    expect(message).toBeTruthy();
    expect(saved).toHaveLength(0);
  });

  it("shows the server's field errors next to the field and keeps what was typed", async () => {
    renderForm(async () => {
      throw new ApiError(400, "invalid_request", "Please check note.", {
        note: "must be at most 4000 characters",
      });
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole("radio", { name: /^0 Neither/ }));
    await user.click(screen.getByText("More, if you like", { selector: "summary" }));
    await user.click(screen.getByText("A private note", { selector: "summary" }));
    const note = screen.getByLabelText("A private note");
    await user.type(note, "a long day");
    await user.click(screen.getByRole("button", { name: "Save check-in" }));
    await screen.findByText("must be at most 4000 characters");
    expect(note.getAttribute("aria-invalid")).toBe("true");
    expect(note.getAttribute("aria-describedby")).toContain(
      screen.getByText("must be at most 4000 characters").id,
    );
    expect((note as HTMLTextAreaElement).value).toBe("a long day");
    expect(screen.getByRole("alert").textContent).toBe("Please check the fields marked below.");
  });

  it("saves a trigger and what was tried with its effect, in the API's own ids", async () => {
    const saved: CheckInDraft[] = [];
    renderForm(async (draft) => {
      saved.push(draft);
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole("radio", { name: /^0 Neither/ }));
    await user.click(screen.getByText("More, if you like", { selector: "summary" }));
    await user.click(screen.getByText("Did something throw you off balance?", { selector: "summary" }));
    await user.click(screen.getByRole("radio", { name: "Someone close making plans without me" }));
    await user.click(screen.getByRole("radio", { name: "Write" }));
    // Something was tried but not how it worked: the form asks, next to the question, and sends nothing.
    await user.click(screen.getByRole("button", { name: "Save check-in" }));
    await screenInGroup(
      "How did you feel after “Write”?",
      "Please say how it left you, or choose “Nothing this time”.",
    );
    expect(saved).toHaveLength(0);
    await user.click(
      within(screen.getByRole("group", { name: "How did you feel after “Write”?" })).getByRole("radio", {
        name: "Better",
      }),
    );
    await user.click(screen.getByRole("button", { name: "Save check-in" }));
    await screen.findByText("Saved. Thank you for checking in.");
    expect(checkInFromDraft(saved[0]!)).toEqual({
      mood: 0,
      trigger: "partner-plans",
      helped: { strategy: "write", effect: "better" },
    });
  });

  it("speaks French when the person reads in French", () => {
    renderForm(async () => {}, "fr");
    expect(screen.getByRole("group", { name: "Comment s’est passée la journée\u202f?" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Enregistrer le point" })).toBeTruthy();
  });
});

/** The error text inside the fieldset with the given legend (errors sit next to their field). */
async function screenInGroup(legend: string, text: string) {
  const group = screen.getByRole("group", { name: legend });
  return waitFor(() => {
    const found = [...group.querySelectorAll(".field-error")].find((el) => el.textContent === text);
    if (!found) throw new Error(`no "${text}" in "${legend}"`);
    return found;
  });
}
