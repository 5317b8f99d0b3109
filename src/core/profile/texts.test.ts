import { describe, expect, it } from "vitest";
import { formatPercent } from "./texts";

describe("formatPercent", () => {
  it("rounds, in each language's typography", () => {
    expect(formatPercent(0.724, "en")).toBe("72%");
    expect(formatPercent(0.724, "fr")).toBe("72\u00a0%");
  });

  it("never calls a reading certain or impossible", () => {
    expect(formatPercent(0.998, "en")).toBe("99%");
    expect(formatPercent(1, "fr")).toBe("99\u00a0%");
    expect(formatPercent(0.001, "en")).toBe("1%");
    expect(formatPercent(0, "en")).toBe("1%");
  });
});
