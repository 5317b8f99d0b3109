import { describe, expect, it } from "vitest";
import { supportAfterWriting } from "./support-after-writing";

describe("supportAfterWriting", () => {
  it("offers crisis lines for the person's region, in the language they read", () => {
    const support = supportAfterWriting(["crisis"], "fr", "FR");
    expect(support?.signals).toEqual(["crisis"]);
    expect(support?.locale).toBe("fr");
    expect(support?.resources.map((r) => r.id)).toContain("fr-3114");
  });

  it("offers the lines for a controlling relationship where the server found one", () => {
    const support = supportAfterWriting(["coercion"], "en", "GB");
    expect(support?.signals).toEqual(["coercion"]);
    expect(support?.resources.some((r) => r.purposes.includes("coercion"))).toBe(true);
  });

  it("stays quiet when the scan found nothing, or did not run", () => {
    expect(supportAfterWriting([], "en", "GB")).toBeNull();
    expect(supportAfterWriting(undefined, "en", "GB")).toBeNull();
  });
});
