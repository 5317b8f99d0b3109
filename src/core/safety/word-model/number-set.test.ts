import { describe, expect, it } from "vitest";
import { NumberSet } from "./number-set";

describe("NumberSet", () => {
  it("adds each value once, empties in one step, and grows past its first capacity", () => {
    const set = new NumberSet();
    expect(set.add(5)).toBe(true);
    expect(set.add(5)).toBe(false);
    set.clear();
    expect(set.add(5)).toBe(true);
    // Far more values than the first capacity, with many that share a slot: every one is kept.
    const values = Array.from({ length: 5000 }, (_, i) => i * 1024);
    for (const value of values) expect(set.add(value)).toBe(true);
    for (const value of values) expect(set.add(value)).toBe(false);
    expect(set.add(7)).toBe(true);
    expect(set.add(3)).toBe(true);
  });
});
