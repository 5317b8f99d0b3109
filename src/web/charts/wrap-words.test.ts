import { describe, expect, it } from "vitest";
import { wrapWords } from "./wrap-words";

describe("wrapWords", () => {
  it("breaks at word boundaries within the limit", () => {
    expect(wrapWords("Appui marqué sur les autres", 16)).toEqual(["Appui marqué sur", "les autres"]);
    expect(wrapWords("Balanced", 16)).toEqual(["Balanced"]);
  });

  it("keeps an overlong word whole and ignores extra spaces", () => {
    expect(wrapWords("  extraordinarily   long ", 6)).toEqual(["extraordinarily", "long"]);
    expect(wrapWords("", 10)).toEqual([]);
  });
});
