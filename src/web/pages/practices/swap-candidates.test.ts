import { describe, expect, it } from "vitest";
import type { ScaleId } from "../../../core/inventory/types";
import type { PlannedPractice, PracticeView } from "../../api/practices";
import { swapCandidates } from "./swap-candidates";

const practice = (id: string, scale: ScaleId, facets: string[]): PracticeView => ({
  id,
  title: id,
  why: "",
  steps: [],
  reflection: "",
  rungs: null,
  minutes: 5,
  scale,
  facets: facets.map((facet) => ({ id: facet, scale, name: facet })),
});

const library = [
  practice("a", "connection", ["expressing-needs"]),
  practice("b", "reliance", ["discomfort-alone"]),
  practice("c", "reliance", ["reassurance-seeking", "self-regulation"]),
  practice("d", "self-trust", ["self-regulation"]),
  practice("e", "reliance", ["reassurance-seeking"]),
  practice("f", "reliance", ["fear-of-abandonment", "reassurance-seeking"]),
];

describe("practices offered in place of one of the week's", () => {
  it("puts the same facet first, then shared facets, then the same scale, and leaves out the plan", () => {
    const replacing: PlannedPractice = {
      practice: library[2]!,
      reason: "focus",
      facet: { id: "reassurance-seeking", scale: "reliance", name: "" },
      completions: [],
    };
    const ids = swapCandidates(library, ["c", "a"], replacing).map((p) => p.id);
    expect(ids).toEqual(["e", "f", "d", "b"]);
  });

  it("uses the practice's main facet when it was chosen rather than picked for a facet", () => {
    const replacing: PlannedPractice = {
      practice: library[3]!,
      reason: "chosen",
      facet: null,
      completions: [],
    };
    expect(swapCandidates(library, ["d"], replacing).map((p) => p.id)[0]).toBe("c");
  });
});
