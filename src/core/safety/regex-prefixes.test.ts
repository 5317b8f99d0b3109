import { describe, expect, it } from "vitest";
import { createRandom } from "../random";
import { regexPrefixes } from "./regex-prefixes";

describe("regexPrefixes", () => {
  it("reads the first letters of each alternative, up to the depth", () => {
    expect(regexPrefixes(/(?:he|she) (?:hits|hit) me/y, 4)).toEqual(["he h", "she "]);
    expect(regexPrefixes(/me(?= )/y, 4)).toEqual(["me"]);
    expect(regexPrefixes(/apologi[sz]e/y, 8)).toEqual(["apologis", "apologiz"]);
  });

  it("stops at a wide class or a gap, and goes through optional parts", () => {
    expect(regexPrefixes(/slap[a-z]*/y, 6)).toEqual(["slap"]);
    expect(regexPrefixes(/i (?:[^ ,|]+ ){0,2}die/y, 6)).toEqual(["i "]);
    expect(regexPrefixes(/(?:so )?sad/y, 6)).toEqual(["sad", "so sad"]);
    expect(regexPrefixes(/(?:very )+sad/y, 6)).toEqual(["very s", "very v"]);
  });

  it("ignores lookarounds, which consume nothing", () => {
    expect(regexPrefixes(/(?<!not )(?=die)die(?! laughing)/y, 6)).toEqual(["die"]);
  });

  it("says 'anywhere' for what it does not read or what may start with anything", () => {
    expect(regexPrefixes(/die/iy, 6)).toEqual([""]);
    expect(regexPrefixes(/(a)\1/y, 6)).toEqual([""]);
    expect(regexPrefixes(/[^ ]+ die/y, 6)).toEqual([""]);
    expect(regexPrefixes(/(?:sad)?/y, 6)).toEqual([""]);
  });

  // Every match found by the regular expression itself must start with one of the prefixes: a
  // prefix list that misses one would make the detector skip a real match.
  it("never misses a match of random patterns on random texts", () => {
    const random = createRandom(20261125);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random.next() * items.length)] as T;
    const pieces = ["a", "b", "ab", " ", "ba", "[ab]", "[^ ]", "[a-z]", "\\d", "1", "."];
    const quantifiers = ["", "", "", "?", "*", "+", "{0,2}", "{1,2}", "{2}", "??"];
    const pattern = (size: number): string => {
      const parts: string[] = [];
      for (let i = 0; i < size; i++) {
        const roll = random.next();
        let part: string;
        if (roll < 0.2 && size > 1) part = `(?:${pattern(size - 1)}|${pattern(size - 1)})`;
        else if (roll < 0.27) part = `(?=${pick(pieces)})`;
        else if (roll < 0.34) part = `(?!${pick(pieces)})`;
        else if (roll < 0.38) part = `(?<!${pick(pieces)})`;
        else part = pick(pieces);
        parts.push(part + (part.startsWith("(?=") || part.startsWith("(?<") ? "" : pick(quantifiers)));
      }
      return parts.join("");
    };
    let matches = 0;
    for (let round = 0; round < 400; round++) {
      const regex = new RegExp(pattern(1 + Math.floor(random.next() * 4)), "y");
      const depth = 1 + Math.floor(random.next() * 5);
      const prefixes = regexPrefixes(regex, depth);
      for (let t = 0; t < 20; t++) {
        let text = "";
        const length = Math.floor(random.next() * 10);
        for (let i = 0; i < length; i++) text += pick(["a", "b", " ", "1", "c"]);
        for (let at = 0; at <= text.length; at++) {
          regex.lastIndex = at;
          if (!regex.exec(text)) continue;
          matches++;
          expect(
            prefixes.some((prefix) => text.startsWith(prefix, at)),
            `${regex} at ${at} of "${text}"`,
          ).toBe(true);
        }
      }
    }
    expect(matches).toBeGreaterThan(1000);
  });
});
