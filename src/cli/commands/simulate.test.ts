import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { inventory } from "../../core/inventory/index";

const run = promisify(execFile);
const bin = resolve(import.meta.dirname, "../../../bin/poise.js");

describe("poise simulate", () => {
  it("prints the documented JSON report for the shipped bank, the same for the same seed", async () => {
    const args = [bin, "simulate", "--respondents", "40", "--seed", "9", "--json"];
    const { stdout } = await run(process.execPath, args);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(["respondents", "bankSize", "meanItems", "p90Items", "scales"]);
    expect(report.respondents).toBe(40);
    expect(report.bankSize).toBe(inventory.items.length);
    expect(Object.keys(report.scales)).toEqual(["reliance", "distance", "self-trust", "connection"]);
    for (const figures of Object.values(report.scales) as Record<string, number>[]) {
      expect(Object.keys(figures)).toEqual(["meanSE", "corrWithFullBank", "rmseAdaptive", "rmseFullBank"]);
    }
    expect(JSON.parse((await run(process.execPath, args)).stdout)).toEqual(report);
  });

  it("takes its settings from flags and prints a readable table by default", async () => {
    const { stdout } = await run(process.execPath, [
      bin,
      "simulate",
      "--respondents",
      "20",
      "--max-items",
      "12",
    ]);
    expect(stdout).toContain("Items used: mean 12.0");
    expect(stdout).toContain("provisional");
  });

  it("names the bad option", async () => {
    await expect(run(process.execPath, [bin, "simulate", "--respondents", "1"])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/--respondents must be an integer from 2/),
    });
    await expect(run(process.execPath, [bin, "simulate", "--se-target", "2"])).rejects.toMatchObject({
      stderr: expect.stringMatching(/--se-target must be a number between 0 and 1/),
    });
  });
});
