import { describe, expect, it } from "vitest";
import { isoDay, monthBounds, monthWeeks, parseIsoDay } from "./dates";

describe("calendar days", () => {
  it("round-trips real days and refuses impossible ones", () => {
    expect(isoDay(parseIsoDay("2024-02-29")!)).toBe("2024-02-29");
    expect(parseIsoDay("2023-02-29")).toBeNull();
    expect(parseIsoDay("2024-13-01")).toBeNull();
    expect(parseIsoDay("yesterday")).toBeNull();
  });

  it("bounds a month, leap years included", () => {
    expect(monthBounds(new Date(2024, 1, 10))).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(monthBounds(new Date(2025, 11, 31))).toEqual({ from: "2025-12-01", to: "2025-12-31" });
  });

  it("lays a month out in Monday-first weeks", () => {
    // March 2025 starts on a Saturday: five empty cells before the 1st.
    const weeks = monthWeeks(new Date(2025, 2, 1));
    expect(weeks[0]!.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(weeks[0]![5]!.getDate()).toBe(1);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });
});
