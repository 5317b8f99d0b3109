import { describe, expect, it } from "vitest";
import type { Checkin } from "./checkin";
import { checkinIssues, isCheckin } from "./checkin-issues";
import { feelings } from "./feelings";
import { afterEffectLabels, companyLabels, strategyLabels, triggerLabels } from "./labels";
import { metricLabels } from "./metrics";

const full: Checkin = {
  date: "2024-05-02",
  mood: -1,
  energy: 2,
  feelings: ["anxious", "lonely"],
  company: ["partner", "colleagues"],
  reassurance: { count: 4, feltAfter: "same" },
  decisions: { alone: 2, afterApproval: 3 },
  comfortAlone: 2,
  trigger: "no-reply",
  helped: { strategy: "write", effect: "better" },
  note: "a private note",
};

const fieldsOf = (value: unknown) => checkinIssues(value).map((issue) => issue.field);

describe("checkinIssues", () => {
  it("accepts a full check-in and one with only the required fields", () => {
    expect(checkinIssues(full)).toEqual([]);
    expect(isCheckin({ date: "2024-05-02", mood: 0 })).toBe(true);
  });

  it("reads null as not noted, as the API returns it, and ignores the API's extra fields", () => {
    const fromApi = {
      date: "2024-05-02",
      mood: 1,
      energy: null,
      feelings: [],
      company: [],
      reassurance: { count: 2, feltAfter: null },
      decisions: null,
      comfortAlone: null,
      trigger: null,
      helped: null,
      note: null,
      createdAt: "2024-05-02T20:00:00.000Z",
      updatedAt: "2024-05-02T20:00:00.000Z",
    };
    expect(checkinIssues(fromApi)).toEqual([]);
  });

  it("names each field that is wrong", () => {
    expect(fieldsOf({ ...full, mood: 3.5 })).toEqual(["mood"]);
    expect(fieldsOf({ ...full, mood: undefined })).toEqual(["mood"]);
    expect(fieldsOf({ ...full, date: "2024-02-30" })).toEqual(["date"]);
    expect(fieldsOf({ ...full, energy: 0 })).toEqual(["energy"]);
    expect(fieldsOf({ ...full, comfortAlone: 6 })).toEqual(["comfortAlone"]);
    expect(fieldsOf({ ...full, feelings: ["anxious", "bored-ish"] })).toEqual(["feelings.1"]);
    expect(fieldsOf({ ...full, feelings: ["sad", "sad"] })).toEqual(["feelings"]);
    expect(fieldsOf({ ...full, company: "partner" })).toEqual(["company"]);
    expect(fieldsOf({ ...full, reassurance: { count: 21 } })).toEqual(["reassurance.count"]);
    expect(fieldsOf({ ...full, reassurance: { count: 1, feltAfter: "fine" } })).toEqual([
      "reassurance.feltAfter",
    ]);
    expect(fieldsOf({ ...full, decisions: { alone: -1, afterApproval: 1 } })).toEqual(["decisions.alone"]);
    expect(fieldsOf({ ...full, decisions: { alone: 1 } })).toEqual(["decisions.afterApproval"]);
    expect(fieldsOf({ ...full, trigger: "rain" })).toEqual(["trigger"]);
    expect(fieldsOf({ ...full, helped: { strategy: "sleep", effect: "better" } })).toEqual([
      "helped.strategy",
    ]);
    expect(fieldsOf({ ...full, note: 12 })).toEqual(["note"]);
    expect(fieldsOf(null)).toEqual([""]);
    expect(checkinIssues({ ...full, mood: 9 })[0]!.message).toBe("must be a whole number from -3 to 3");
  });
});

describe("labels", () => {
  it("exist in English and French for every choice", () => {
    const groups = [triggerLabels, strategyLabels, companyLabels, afterEffectLabels, metricLabels];
    for (const group of groups) {
      for (const label of Object.values(group)) {
        expect(label.en.trim().length).toBeGreaterThan(0);
        expect(label.fr.trim().length).toBeGreaterThan(0);
      }
    }
    expect(new Set(feelings.map((f) => f.id)).size).toBe(feelings.length);
    for (const feeling of feelings)
      expect(feeling.label.fr.length * feeling.label.en.length).toBeGreaterThan(0);
  });
});
