import { describe, expect, it } from "vitest";
import { coreWeight, scoreEvidence, signalThreshold } from "./score-evidence";

describe("scoreEvidence", () => {
  it("sums the weights of core and supporting evidence", () => {
    expect(
      scoreEvidence([
        { id: "death", weight: 2 },
        { id: "wish", weight: 1 },
      ]),
    ).toBe(3);
    expect(scoreEvidence([{ id: "phrase", weight: signalThreshold.crisis }])).toBe(signalThreshold.crisis);
  });

  it("counts supporting evidence only beside core evidence", () => {
    expect(
      scoreEvidence([
        { id: "wish", weight: 1 },
        { id: "despair", weight: 1 },
        { id: "intent", weight: 1 },
      ]),
    ).toBe(0);
    expect(
      scoreEvidence([
        { id: "core", weight: coreWeight },
        { id: "wish", weight: 1 },
      ]),
    ).toBe(coreWeight + 1);
  });

  it("always subtracts counter-evidence", () => {
    expect(
      scoreEvidence([
        { id: "act", weight: 2 },
        { id: "partner", weight: 1 },
        { id: "shared", weight: -2 },
      ]),
    ).toBe(1);
    expect(scoreEvidence([{ id: "shared", weight: -2 }])).toBe(-2);
    expect(scoreEvidence([])).toBe(0);
  });
});
