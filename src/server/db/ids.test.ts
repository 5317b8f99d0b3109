import { describe, expect, it } from "vitest";
import { createIdGenerator, isUuid, newId, type RandomBytes } from "./ids";

// Every test makes its own generator: a generator remembers its previous id, so sharing one would make
// a test depend on which tests ran before it and with which timestamps.

/** A predictable random source: 16-byte draws are `fill`, 4-byte draws are the listed steps minus one. */
function scripted(fill: number, steps: number[]): RandomBytes & { draws: number } {
  const source = Object.assign(
    (size: number) => {
      if (size === 16) return Buffer.alloc(16, fill);
      const step = steps[source.draws++ % steps.length] as number;
      const bytes = Buffer.alloc(4);
      bytes.writeUInt32BE(step - 1);
      return bytes;
    },
    { draws: 0 },
  );
  return source;
}

const counterOf = (id: string) => BigInt(`0x${id.replaceAll("-", "").slice(18)}`);
const millisecondsOf = (id: string) => Number.parseInt(id.replaceAll("-", "").slice(0, 12), 16);

describe("newId", () => {
  it("makes version-7 UUIDs carrying the time", () => {
    const at = Date.parse("2026-01-01T00:00:00Z");
    const id = createIdGenerator()(at);
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe("7");
    expect("89ab").toContain(id[19]);
    expect(millisecondsOf(id)).toBe(at);
    expect(isUuid(newId())).toBe(true);
  });

  it("sorts by creation order within one millisecond, and never repeats", () => {
    const next = createIdGenerator();
    const now = Date.parse("2030-05-05T05:05:05Z");
    const ids = Array.from({ length: 5000 }, () => next(now));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(ids.every((id) => millisecondsOf(id) === now)).toBe(true);
  });

  it("steps the counter by the drawn random amount within one millisecond", () => {
    const steps = [1, 2 ** 32, 77, 65_536, 3_000_000_001];
    const next = createIdGenerator(scripted(0x10, steps));
    const now = Date.parse("2032-02-02T02:02:02Z");
    const ids = Array.from({ length: steps.length + 1 }, () => next(now));
    const differences = ids.slice(1).map((id, i) => counterOf(id) - counterOf(ids[i] as string));
    expect(differences).toEqual(steps.map(BigInt));
  });

  it("starts from fresh random bits in a later millisecond", () => {
    const source = scripted(0x20, [5]);
    const next = createIdGenerator(source);
    const a = next(Date.parse("2031-01-01T00:00:00.000Z"));
    const b = next(Date.parse("2031-01-01T00:00:00.001Z"));
    expect(source.draws).toBe(0); // no step was drawn: b did not continue from a
    expect(millisecondsOf(b) - millisecondsOf(a)).toBe(1);
    expect(b.slice(19)).toBe(a.slice(19)); // the same scripted fill, not a + 1
    expect(b > a).toBe(true);
  });

  it("keeps the order when the clock steps back", () => {
    const next = createIdGenerator(scripted(0x30, [9]));
    const later = next(Date.parse("2031-06-01T00:00:01Z"));
    const earlier = next(Date.parse("2031-06-01T00:00:00Z"));
    expect(earlier > later).toBe(true);
    expect(millisecondsOf(earlier)).toBe(millisecondsOf(later));
    expect(counterOf(earlier) - counterOf(later)).toBe(9n);
  });

  it("moves to the next millisecond, still in order, when the counter runs out", () => {
    // The counter starts at ff…ff: any step overflows its 56 bits.
    const next = createIdGenerator(scripted(0xff, [1]));
    const now = Date.parse("2033-03-03T03:03:03Z");
    const first = next(now);
    const second = next(now);
    const third = next(now);
    expect(millisecondsOf(first)).toBe(now);
    expect(millisecondsOf(second)).toBe(now + 1);
    expect([first, second, third].sort()).toEqual([first, second, third]);
    expect(new Set([first, second, third]).size).toBe(3);
    expect([first, second, third].every(isUuid)).toBe(true);
  });
});
