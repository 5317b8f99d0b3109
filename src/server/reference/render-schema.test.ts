import { describe, expect, it } from "vitest";
import { typeSummary } from "./render-schema";

describe("typeSummary", () => {
  it("says a nullable field may be null, once", () => {
    expect(typeSummary({ type: "integer", nullable: true })).toBe("integer or null");
    expect(typeSummary({ type: "object", nullable: true })).toBe("object or null");
    expect(typeSummary({ type: "string", nullable: true, enum: ["better", "worse", null] })).toBe(
      "<code>&quot;better&quot;</code> | <code>&quot;worse&quot;</code> | <code>null</code>",
    );
    expect(typeSummary({ type: "string", enum: ["a"] })).toBe("<code>&quot;a&quot;</code>");
  });
});
