import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { inventory } from "../../core/inventory/index";
import type { ScaleId } from "../../core/inventory/types";
import { findForbiddenWords } from "../../core/profile/index";
import { chooseLocale } from "./assess";

const bin = resolve(import.meta.dirname, "../../../bin/poise.js");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real command in a child process, optionally piping `stdin` into it. */
function poise(args: string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      { env: { ...process.env, LANG: "C", LC_ALL: "", LC_MESSAGES: "", ...options.env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
    child.stdin?.end(options.stdin ?? "");
  });
}

/** Answers by id that put every item of the `high` scales at the top and the others at the bottom. */
function answersById(high: ScaleId[]): string {
  return inventory.items
    .map((item) => {
      const keyed = high.includes(item.scale) ? 4 : 0;
      return `${item.id}=${item.reverse ? 5 - keyed : keyed + 1}`;
    })
    .join(",");
}

const seventyTwo = Array.from({ length: 72 }, (_, i) => [2, 4, 3, 5, 1, 3][i % 6]).join(",");

describe("poise assess (the real command)", () => {
  it("runs the adaptive check from --answers and prints the profile as JSON, the same for the same seed", async () => {
    const first = await poise(["assess", "--json", "--seed", "11", "--answers", seventyTwo]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const result = JSON.parse(first.stdout);
    expect(result.mode).toBe("adaptive");
    expect(result.seed).toBe(11);
    expect(result.bankSize).toBe(72);
    expect(result.answered).toBe(result.answers.length);
    expect(result.answered).toBeGreaterThanOrEqual(12);
    expect(result.answered).toBeLessThan(72);
    expect(result.provisional).toBe(true);
    expect(result.scales.map((s: { scale: string }) => s.scale)).toEqual([
      "reliance",
      "distance",
      "self-trust",
      "connection",
    ]);
    const sum = Object.values(result.region.probabilities as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    );
    expect(sum).toBeCloseTo(1, 9);
    expect(result.probabilities).toEqual(result.region.probabilities);
    expect(["leaning-on-others", "balanced", "going-it-alone"]).toContain(result.spectrum.zone);
    // The line reads the map's region (keeping distance is its "going it alone").
    expect(result.spectrum.reading).toBe(
      result.region.id === "keeping-distance" ? "going-it-alone" : result.region.id,
    );
    expect(result.strengths).toHaveLength(2);
    expect(result.focusFacets).toHaveLength(3);
    expect(result.notes.notClinical).toMatch(/not a clinical assessment/);
    expect(result.notes.provisional).toMatch(/provisional/);

    const again = await poise(["assess", "--json", "--seed", "11", "--answers", seventyTwo]);
    expect(again.stdout).toBe(first.stdout);
  });

  it.each([
    [["reliance"], "leaning-on-others", "leaning-on-others"],
    [["distance"], "keeping-distance", "going-it-alone"],
    [["reliance", "distance"], "pulled-both-ways", "pulled-both-ways"],
    [["self-trust", "connection"], "balanced", "balanced"],
  ] as [ScaleId[], string, string][])("full check with %j high lands in %s", async (high, region, zone) => {
    const run = await poise([
      "assess",
      "--json",
      "--mode",
      "full",
      "--seed",
      "3",
      "--answers",
      answersById(high),
    ]);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.mode).toBe("full");
    expect(result.answered).toBe(72);
    expect(result.region.id).toBe(region);
    expect(result.region.probability).toBeGreaterThan(0.9);
    expect(result.spectrum.reading).toBe(zone);
    expect(result.spectrum.showsDot).toBe(zone !== "pulled-both-ways");
    for (const scale of result.scales) {
      if (high.includes(scale.scale)) expect(scale.tScore).toBeGreaterThan(60);
      else expect(scale.tScore).toBeLessThan(40);
    }
  });

  it("reads answers piped on standard input and speaks the system's language", async () => {
    const run = await poise(["assess", "--json", "--seed", "5"], {
      stdin: `${seventyTwo.replaceAll(",", "\n")}\n`,
      env: { LANG: "fr_FR.UTF-8" },
    });
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.locale).toBe("fr");
    expect(result.notes.notClinical).toMatch(/pas une évaluation clinique/);
    expect(result.focusFacets[0].firstStep).not.toBe("");
  });

  it("prints a readable profile without --json, with the notes and without diagnostic words", async () => {
    const run = await poise(["assess", "--lang", "en", "--seed", "2", "--answers", seventyTwo]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Your balance profile \(adaptive check: \d+ of 72 statements\)/);
    for (const heading of [
      "Balance map:",
      "In one line",
      "Scales (T-score, 90% band)",
      "Where to start",
      "A first step:",
    ]) {
      expect(run.stdout).toContain(heading);
    }
    expect(run.stdout).toContain("not a clinical");
    expect(run.stdout).toContain("provisional");
    expect(findForbiddenWords(run.stdout, "en")).toEqual([]);
  });

  it("names the faulty option or input and exits with 1", async () => {
    const cases: [string[], RegExp][] = [
      [["assess", "--answers", "4,9"], /--answers must hold answers from 1 to 5, got "9" at position 2/],
      [["assess", "--answers", "4,4"], /--answers ran out after 2 answers/],
      [["assess", "--mode", "quick", "--answers", "4"], /--mode must be "adaptive" or "full"/],
      [["assess", "--lang", "de", "--answers", "4"], /--lang must be one of en, fr/],
      [["assess", "--seed", "abc", "--answers", "4"], /--seed must be an integer/],
      [["assess", "--answers", "rel-01=4"], /--answers has no answer for item/],
    ];
    for (const [args, message] of cases) {
      const run = await poise(args);
      expect(run.code, args.join(" ")).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe("");
    }
  });
});

describe("chooseLocale", () => {
  it("takes --lang first, then LC_ALL, LC_MESSAGES and LANG, English by default", () => {
    expect(chooseLocale("fr", { LANG: "en_GB.UTF-8" })).toBe("fr");
    expect(chooseLocale(undefined, { LC_ALL: "fr_CA.UTF-8", LANG: "en_US" })).toBe("fr");
    expect(chooseLocale(undefined, { LC_MESSAGES: "fr_BE", LANG: "en_US" })).toBe("fr");
    expect(chooseLocale(undefined, { LANG: "de_DE.UTF-8" })).toBe("en");
    expect(chooseLocale(undefined, {})).toBe("en");
    expect(() => chooseLocale("es", {})).toThrow(/--lang/);
  });
});
