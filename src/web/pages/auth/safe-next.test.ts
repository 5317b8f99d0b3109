import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

describe("safeNext", () => {
  it("keeps paths on this site", () => {
    expect(safeNext("/journal?x=1")).toBe("/journal?x=1");
  });

  it("refuses anything that could leave the site", () => {
    for (const next of [null, "", "https://example.org", "//example.org", "/\\example.org", "journal"]) {
      expect(safeNext(next)).toBe("/today");
    }
  });
});
