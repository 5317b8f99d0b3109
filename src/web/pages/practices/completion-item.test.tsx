import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError } from "../../api/client";
import type { Completion } from "../../api/practices";
import { renderWithI18n } from "../../test-support";
import { CompletionItem } from "./completion-item";

afterEach(cleanup);

const done: Completion = {
  id: "0190a1b2-0000-7000-8000-0000000000aa",
  practiceId: "solo-hour",
  date: "2026-03-03",
  reflection: "Quieter than I feared.",
  createdAt: "2026-03-03T19:00:00Z",
  updatedAt: "2026-03-03T19:00:00Z",
};

function renderItem(
  completion: Completion,
  save: (c: Completion, reflection: string | null) => Promise<Completion>,
  language: "en" | "fr" = "en",
) {
  const saved: Completion[] = [];
  renderWithI18n(
    <ul>
      <CompletionItem
        completion={completion}
        dayLabel="Tuesday 3 March"
        question="What did you notice?"
        busy={false}
        onUndo={() => {}}
        onSaved={(c) => saved.push(c)}
        save={save}
      />
    </ul>,
    language,
  );
  return saved;
}

describe("a practice marked done", () => {
  it("lets its reflection be changed in place, and keeps the new words through a failed save", async () => {
    let attempts = 0;
    const sent: (string | null)[] = [];
    const saved = renderItem(done, async (c, reflection) => {
      attempts++;
      if (attempts === 1) throw new ApiError(503, "unavailable", "Try again.");
      sent.push(reflection);
      return { ...c, reflection };
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Edit reflection · Tuesday 3 March" }));
    const box = screen.getByLabelText("Your reflection, Tuesday 3 March");
    expect((box as HTMLTextAreaElement).value).toBe("Quieter than I feared.");
    await user.type(box, " And lighter.");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByRole("alert");
    expect((screen.getByLabelText(/Your reflection/) as HTMLTextAreaElement).value).toBe(
      "Quieter than I feared. And lighter.",
    );
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(sent).toEqual(["Quieter than I feared. And lighter."]);
    expect(saved).toHaveLength(1);
    expect(screen.queryByLabelText(/Your reflection/)).toBeNull();
  });

  it("offers to add a reflection when there is none, and clears one that is emptied", async () => {
    const sent: (string | null)[] = [];
    renderItem({ ...done, reflection: null }, async (c, reflection) => {
      sent.push(reflection);
      return { ...c, reflection };
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Add a reflection · Tuesday 3 March" }));
    await user.type(screen.getByLabelText(/Your reflection/), "   ");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(sent).toEqual([null]);
  });

  it("speaks French", () => {
    renderItem(done, async (c) => c, "fr");
    expect(screen.getByRole("button", { name: "Modifier la réflexion · Tuesday 3 March" })).toBeTruthy();
  });
});
