import { describe, expect, it } from "vitest";
import { inventory } from "../inventory/index";
import { simulate } from "./simulate";
import { testBank } from "./test-data/test-bank";

describe("simulate", () => {
  const bank = testBank();

  it("reports the shape `poise simulate --json` promises, deterministically in the seed", () => {
    const report = simulate({ items: bank, respondents: 60, seed: 5 });
    expect(Object.keys(report)).toEqual(["respondents", "bankSize", "meanItems", "p90Items", "scales"]);
    expect(report.respondents).toBe(60);
    expect(report.bankSize).toBe(56);
    expect(Object.keys(report.scales)).toEqual(["reliance", "distance", "self-trust", "connection"]);
    for (const figures of Object.values(report.scales)) {
      expect(Object.keys(figures!)).toEqual(["meanSE", "corrWithFullBank", "rmseAdaptive", "rmseFullBank"]);
      // The full bank knows more than the adaptive check, and both beat the prior (RMSE 1).
      expect(figures!.rmseFullBank).toBeLessThan(figures!.rmseAdaptive + 0.05);
      expect(figures!.rmseAdaptive).toBeLessThan(0.7);
      expect(figures!.corrWithFullBank).toBeGreaterThan(0.85);
    }
    expect(report.p90Items).toBeGreaterThanOrEqual(report.meanItems - 1);
    expect(simulate({ items: bank, respondents: 60, seed: 5 })).toEqual(report);
    expect(simulate({ items: bank, respondents: 60, seed: 6 })).not.toEqual(report);
  });

  it("gets shorter and less precise with a looser SE target", () => {
    const strict = simulate({ items: bank, respondents: 40, seed: 1, options: { seTarget: 0.3 } });
    const loose = simulate({ items: bank, respondents: 40, seed: 1, options: { seTarget: 0.5 } });
    expect(loose.meanItems).toBeLessThan(strict.meanItems);
    expect(loose.scales.reliance!.meanSE).toBeGreaterThan(strict.scales.reliance!.meanSE);
  });

  it("meets the product's figures on the shipped bank: mean length ≤ 40% and r ≥ 0.95 with the full bank on every scale", () => {
    // The full figure (2,000 people) is in docs/benchmarks.md; 600 keeps this test quick and still decisive.
    const report = simulate({ items: inventory.items, respondents: 600, seed: 1 });
    expect(report.meanItems / report.bankSize).toBeLessThanOrEqual(0.4);
    for (const figures of Object.values(report.scales))
      expect(figures!.corrWithFullBank).toBeGreaterThanOrEqual(0.95);
  });

  it("rejects fewer than two respondents", () => {
    expect(() => simulate({ items: bank, respondents: 1, seed: 1 })).toThrow(
      "simulate requires at least 2 respondents",
    );
  });
});
