import { describe, expect, it } from "vitest";
import type { CheckIn } from "../../api/types";
import {
  checkInFromDraft,
  draftFromCheckIn,
  draftProblems,
  emptyDraft,
  isCheckInDraft,
} from "./check-in-draft";

describe("check-in draft", () => {
  it("needs a mood before anything is sent", () => {
    expect(checkInFromDraft(emptyDraft)).toBeNull();
    expect(draftProblems(emptyDraft)).toEqual({ mood: "mood-missing" });
  });

  it("sends only what was answered", () => {
    expect(checkInFromDraft({ ...emptyDraft, mood: -1 })).toEqual({ mood: -1 });
    expect(checkInFromDraft({ ...emptyDraft, mood: 2, trigger: "none", note: "  " })).toEqual({ mood: 2 });
  });

  it("asks for the effect of what was tried, and needs none when nothing was", () => {
    const draft = { ...emptyDraft, mood: 1, strategy: "write" as const };
    expect(checkInFromDraft(draft)).toBeNull();
    expect(draftProblems(draft)).toEqual({ "helped.effect": "effect-missing" });
    expect(checkInFromDraft({ ...draft, strategy: "none", effect: "better" })).toEqual({ mood: 1 });
  });

  it("completes a counted part the person only half filled", () => {
    const input = checkInFromDraft({ ...emptyDraft, mood: 0, reassuranceFelt: "worse", decisionsAlone: 3 });
    expect(input).toEqual({
      mood: 0,
      reassurance: { count: 0, feltAfter: "worse" },
      decisions: { alone: 3, afterApproval: 0 },
    });
  });

  it("round-trips a full check-in as the API returns it", () => {
    const saved: CheckIn = {
      date: "2025-03-04",
      mood: 1,
      energy: 4,
      feelings: ["calm", "tired"],
      company: ["partner"],
      reassurance: { count: 2, feltAfter: "same" },
      decisions: { alone: 4, afterApproval: 1 },
      comfortAlone: 3,
      trigger: "partner-plans",
      helped: { strategy: "pause-breathe", effect: "better" },
      note: "walked by the river",
      createdAt: "2025-03-04T20:00:00Z",
      updatedAt: "2025-03-04T20:00:00Z",
    };
    const { date: _d, createdAt: _c, updatedAt: _u, ...body } = saved;
    expect(checkInFromDraft(draftFromCheckIn(saved))).toEqual(body);
  });

  it("reads a sparse saved check-in with its nulls", () => {
    const saved: CheckIn = {
      date: "2025-03-05",
      mood: -2,
      energy: null,
      feelings: [],
      company: [],
      reassurance: null,
      decisions: null,
      comfortAlone: null,
      trigger: null,
      helped: null,
      note: null,
    };
    expect(draftFromCheckIn(saved)).toEqual({ ...emptyDraft, mood: -2 });
  });

  it("reads back only drafts in the core's vocabularies, so an old draft is never sent to be refused", () => {
    const full = {
      ...emptyDraft,
      mood: 2,
      feelings: ["calm"],
      trigger: "alone",
      strategy: "move",
      effect: "same",
    };
    expect(isCheckInDraft(JSON.parse(JSON.stringify(full)))).toBe(true);
    expect(isCheckInDraft(emptyDraft)).toBe(true);
    // The vocabularies of the old form: ids the API never knew, and several "what helped".
    expect(isCheckInDraft({ ...full, trigger: "being-alone" })).toBe(false);
    expect(isCheckInDraft({ ...full, trigger: "their-plans" })).toBe(false);
    expect(isCheckInDraft({ ...full, feelings: ["numb"] })).toBe(false);
    expect(isCheckInDraft({ ...full, strategy: undefined, helped: [] })).toBe(false);
    expect(isCheckInDraft({ ...full, mood: 4 })).toBe(false);
    expect(isCheckInDraft({ ...full, reassuranceCount: 21 })).toBe(false);
    expect(isCheckInDraft(null)).toBe(false);
  });
});
