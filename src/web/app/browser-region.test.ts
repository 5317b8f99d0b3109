import { describe, expect, it } from "vitest";
import { browserRegion } from "./browser-region";

describe("browserRegion", () => {
  it("reads the region from the browser's language tags", () => {
    expect(browserRegion(["en", "fr-CA"])).toBe("CA");
    expect(browserRegion(["en-GB"])).toBe("GB");
    expect(browserRegion(["de-DE"])).toBe("INTL");
    expect(browserRegion([])).toBe("INTL");
  });
});
