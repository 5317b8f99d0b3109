import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError } from "../../api/client";
import type { JournalEntry } from "../../api/types";
import { renderWithI18n } from "../../test-support";
import { JournalEntryCard } from "./journal-list";

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

const entry: JournalEntry = {
  id: "0190a1b2-0000-7000-8000-000000000001",
  title: null,
  text: "A first version.",
  promptId: null,
  createdAt: "2026-03-01T20:00:00Z",
  updatedAt: "2026-03-01T20:00:00Z",
};

function renderCard(save: (entry: JournalEntry, text: string) => Promise<JournalEntry>) {
  const updated: JournalEntry[] = [];
  renderWithI18n(
    <JournalEntryCard entry={entry} onUpdated={(e) => updated.push(e)} onDeleted={() => {}} save={save} />,
  );
  return updated;
}

const failing = async (): Promise<JournalEntry> => {
  throw new ApiError(401, "unauthenticated", "Please sign in.");
};

describe("editing a journal entry", () => {
  it("keeps the changes through an error and leaving the page, and opens them again", async () => {
    renderCard(failing);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: /^Edit/ }));
    const box = screen.getByLabelText("Edit entry");
    await user.clear(box);
    await user.type(box, "A second, truer version.");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByRole("alert");
    expect((screen.getByLabelText("Edit entry") as HTMLTextAreaElement).value).toBe(
      "A second, truer version.",
    );

    // The page is left (or the session ends and sign-in takes over), then opened again.
    cleanup();
    const updated = renderCard(async (e, text) => ({ ...e, text, updatedAt: "2026-03-02T08:00:00Z" }));
    expect((screen.getByLabelText("Edit entry") as HTMLTextAreaElement).value).toBe(
      "A second, truer version.",
    );
    expect(screen.getByText("Your unsaved changes to this entry are still here.")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(updated.map((e) => e.text)).toEqual(["A second, truer version."]);

    // Saved: nothing is kept any more, so the entry opens as it is.
    cleanup();
    renderCard(failing);
    expect(screen.queryByLabelText("Edit entry")).toBeNull();
    expect(screen.getByText("A first version.")).toBeTruthy();
  });

  it("forgets the changes when they are cancelled", async () => {
    renderCard(failing);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: /^Edit/ }));
    await user.type(screen.getByLabelText("Edit entry"), " More.");
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    cleanup();
    renderCard(failing);
    expect(screen.queryByLabelText("Edit entry")).toBeNull();
  });
});
