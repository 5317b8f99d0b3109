import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { parseResponseCsv } from "./calibrate";

const run = promisify(execFile);
const bin = resolve(import.meta.dirname, "../../../bin/poise.js");
const science = resolve(import.meta.dirname, "../../../test-data/irt/science.csv");
const scratch = mkdtempSync(join(tmpdir(), "poise-calibrate-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("parseResponseCsv", () => {
  it("reads quoted names, integers and missing cells (empty or NA)", () => {
    expect(parseResponseCsv('"A","B"\n1,2\n,NA\n3,\n')).toEqual({
      names: ["A", "B"],
      rows: [
        [1, 2],
        [null, null],
        [3, null],
      ],
    });
    expect(parseResponseCsv("A;B\n1;2\n").rows).toEqual([[1, 2]]);
  });

  it("names the line and column of a bad cell", () => {
    expect(() => parseResponseCsv("A,B\n1,2\n1,x\n", "data.csv")).toThrow(
      'data.csv line 3, column "B": expected an integer',
    );
    expect(() => parseResponseCsv("A,B\n1\n", "data.csv")).toThrow(
      "data.csv line 2: expected 2 cells, found 1",
    );
    expect(() => parseResponseCsv("A,B\n", "data.csv")).toThrow("needs a header row and at least one row");
  });
});

describe("poise calibrate", () => {
  it("fits Science and prints the documented JSON (mirt's estimates within 0.01 for Comfort)", async () => {
    const { stdout } = await run(process.execPath, [bin, "calibrate", "--input", science, "--json"]);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(["items", "logLik", "iterations", "converged"]);
    expect(result.items.map((item: { name: string }) => item.name)).toEqual([
      "Comfort",
      "Work",
      "Future",
      "Benefit",
    ]);
    const comfort = result.items[0];
    expect(Object.keys(comfort)).toEqual(["name", "a", "d", "b"]);
    // mirt(Science, 1): Comfort a 1.0417547, d 4.8641542 2.6399417 −1.4660135 (mirt reference/PLCI.mirt.md).
    expect(Math.abs(comfort.a - 1.0417547)).toBeLessThan(0.01);
    expect(Math.abs(comfort.d[0] - 4.8641542)).toBeLessThan(0.01);
    expect(comfort.d[0]).toBeGreaterThan(comfort.d[1]);
    expect(comfort.b[0]).toBeLessThan(comfort.b[1]);
    expect(result.converged).toBe(true);
    expect(Math.abs(result.logLik - -1608.87)).toBeLessThan(0.01);
  });

  it("adds each row's EAP and SE with --scores, missing answers allowed", async () => {
    // Science with every fifth answer blanked, and a last row with no answer at all.
    const lines = readFileSync(science, "utf8").trim().split(/\r?\n/);
    const holed = lines.map((line, r) =>
      r === 0
        ? line
        : line
            .split(",")
            .map((cell, j) => ((r + j) % 5 === 0 ? "" : cell))
            .join(","),
    );
    const file = join(scratch, "holed.csv");
    writeFileSync(file, `${[...holed, ",,,"].join("\n")}\n`);
    const { stdout } = await run(process.execPath, [bin, "calibrate", "--input", file, "--json", "--scores"]);
    const result = JSON.parse(stdout);
    expect(result.converged).toBe(true);
    expect(result.scores).toHaveLength(lines.length);
    for (const score of result.scores) expect(Object.keys(score)).toEqual(["theta", "se"]);
    expect(result.scores.at(-1).theta).toBeCloseTo(0, 6);
    expect(result.scores.at(-1).se).toBeCloseTo(1, 3);
  });

  it("says what is wrong with a bad file or flag", async () => {
    await expect(
      run(process.execPath, [bin, "calibrate", "--input", join(scratch, "none.csv")]),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/--input: cannot read/),
    });
    const bad = join(scratch, "bad.csv");
    writeFileSync(bad, "a,b\n1,2\n1,two\n");
    await expect(run(process.execPath, [bin, "calibrate", "--input", bad])).rejects.toMatchObject({
      stderr: expect.stringMatching(/line 3, column "b": expected an integer/),
    });
    await expect(
      run(process.execPath, [bin, "calibrate", "--input", science, "--quadrature", "x"]),
    ).rejects.toMatchObject({
      stderr: expect.stringMatching(/--quadrature must be "rectangular" or "gauss-hermite"/),
    });
  });
});
