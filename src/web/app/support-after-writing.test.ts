import { describe, expect, it } from "vitest";
import { supportAfterWriting } from "./support-after-writing";

describe("supportAfterWriting", () => {
  it("offers crisis lines for the person's region, in the language they read", () => {
    const support = supportAfterWriting("Some nights I just want to die.", "fr", "FR");
    expect(support?.signals).toEqual(["crisis"]);
    expect(support?.locale).toBe("fr");
    expect(support?.resources.map((r) => r.id)).toContain("fr-3114");
  });

  it("stays quiet for ordinary words, idioms included", () => {
    expect(supportAfterWriting("This project is killing me, but the walk helped.", "en", "GB")).toBeNull();
    expect(supportAfterWriting("   ", "en", "GB")).toBeNull();
  });
});
