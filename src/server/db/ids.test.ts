import { describe, expect, it } from "vitest";
import { isUuid, newId } from "./ids";

describe("newId", () => {
  it("makes version-7 UUIDs carrying the time", () => {
    const id = newId(Date.parse("2026-01-01T00:00:00Z"));
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe("7");
    expect(Number.parseInt(id.replaceAll("-", "").slice(0, 12), 16)).toBe(Date.parse("2026-01-01T00:00:00Z"));
  });

  it("sorts by creation order even within one millisecond, and never repeats", () => {
    const now = Date.parse("2030-05-05T05:05:05Z");
    const ids = Array.from({ length: 5000 }, () => newId(now));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it("steps by a random amount within one millisecond", () => {
    const now = Date.parse("2032-02-02T02:02:02Z");
    const tail = (id: string) => BigInt(`0x${id.replaceAll("-", "").slice(18)}`);
    const ids = Array.from({ length: 50 }, () => newId(now));
    const steps = new Set(ids.slice(1).map((id, i) => tail(id) - tail(ids[i] as string)));
    expect(steps.size).toBeGreaterThan(40);
  });

  it("is not guessable from the previous id across milliseconds", () => {
    const a = newId(Date.parse("2031-01-01T00:00:00.000Z"));
    const b = newId(Date.parse("2031-01-01T00:00:00.001Z"));
    expect(a.slice(19)).not.toBe(b.slice(19));
    expect(b > a).toBe(true);
  });
});
