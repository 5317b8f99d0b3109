import { describe, expect, it } from "vitest";
import { addDays, dateOfDay, dayNumber, isCalendarDate, mondayOf } from "./calendar-date";

describe("calendar dates", () => {
  it("accepts only real dates written YYYY-MM-DD", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2023-02-29")).toBe(false);
    expect(isCalendarDate("2024-13-01")).toBe(false);
    expect(isCalendarDate("2024-04-31")).toBe(false);
    expect(isCalendarDate("2024-4-03")).toBe(false);
    expect(isCalendarDate("2024-04-03T00:00:00Z")).toBe(false);
    expect(isCalendarDate(20240403)).toBe(false);
  });

  it("counts days from 1970-01-01 and back", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("2000-03-01") - dayNumber("2000-02-28")).toBe(2); // 2000 was a leap year
    expect(dayNumber("2100-03-01") - dayNumber("2100-02-28")).toBe(1); // 2100 will not be
    expect(dateOfDay(dayNumber("2031-12-31"))).toBe("2031-12-31");
    expect(() => dayNumber("yesterday")).toThrow(/dayNumber requires/);
  });

  it("moves across months, years and daylight-saving changes without drifting", () => {
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    // Clocks change in Europe on 2024-03-31 and 2024-10-27: calendar arithmetic ignores them.
    expect(addDays("2024-03-30", 2)).toBe("2024-04-01");
    expect(addDays("2024-10-26", 2)).toBe("2024-10-28");
  });

  it("finds the Monday of a week", () => {
    expect(mondayOf("2024-06-09")).toBe("2024-06-03"); // a Sunday
    expect(mondayOf("2024-06-03")).toBe("2024-06-03");
    expect(mondayOf("1970-01-01")).toBe("1969-12-29"); // a Thursday, before day 0
  });
});
