import { describe, expect, it } from "vitest";
import { bootstrapInterval, quantileSorted } from "./bootstrap";
import { clopperPearsonInterval } from "./clopper-pearson";
import { holmAdjust } from "./holm";
import { inverseRegularizedIncompleteBeta, regularizedIncompleteBeta } from "./incomplete-beta";
import { logGamma } from "./log-gamma";
import { meanInterval } from "./mean-interval";
import { ratioEstimate } from "./ratio-estimate";
import { MIN_PAIRS_FOR_SERIAL_CORRELATION, serialCorrelation, serialInflation } from "./serial-correlation";
import { signTestPValue } from "./sign-test";
import { studentTCdf, studentTQuantile } from "./student-t";
import { mean, sampleVariance } from "./summary";
import { welchTest } from "./welch-t";
import { wilsonInterval } from "./wilson-interval";

// Reference values below come from SciPy 1.17 (scipy.stats / scipy.special), quoted to the digits
// printed there; each is also the value R gives for the function named in the test.

describe("summary", () => {
  it("computes the mean and the n-1 variance", () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(sampleVariance([1, 2, 6])).toBe(7); // (4 + 1 + 9) / 2
    expect(Number.isNaN(mean([]))).toBe(true);
    expect(Number.isNaN(sampleVariance([4]))).toBe(true);
    expect(sampleVariance([1e9 + 1, 1e9 + 2, 1e9 + 3])).toBeCloseTo(1, 12);
  });
});

describe("special functions", () => {
  it("logGamma matches factorials and reference values", () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    expect(logGamma(0.3)).toBeCloseTo(1.0957979948180756, 12); // gammaln(0.3)
    expect(logGamma(100.5)).toBeCloseTo(361.43554046777757, 9);
    expect(() => logGamma(0)).toThrow(/logGamma requires/);
  });

  it("regularizedIncompleteBeta matches betainc", () => {
    expect(regularizedIncompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 14);
    expect(regularizedIncompleteBeta(0.3, 2.5, 4)).toBeCloseTo(0.3521975859067672, 12);
    expect(regularizedIncompleteBeta(0.9, 0.5, 0.5)).toBeCloseTo(0.7951672353008665, 12);
    expect(regularizedIncompleteBeta(0.41, 200, 300)).toBeCloseTo(0.677628164772179, 10);
    expect(regularizedIncompleteBeta(0, 3, 4)).toBe(0);
    expect(regularizedIncompleteBeta(1, 3, 4)).toBe(1);
    // I_x(1, 1) is the uniform distribution function.
    expect(regularizedIncompleteBeta(0.37, 1, 1)).toBeCloseTo(0.37, 14);
  });

  it("inverts the incomplete beta", () => {
    expect(inverseRegularizedIncompleteBeta(0.025, 8, 3)).toBeCloseTo(0.4439045376923585, 10);
    const x = inverseRegularizedIncompleteBeta(0.7, 2.5, 4);
    expect(regularizedIncompleteBeta(x, 2.5, 4)).toBeCloseTo(0.7, 11);
  });
});

describe("Student t", () => {
  it.each([
    [1, 12.706204736174694],
    [2, 4.302652729749462],
    [5, 2.5705818356363146],
    [10, 2.228138851986274],
    [30, 2.0422724563012378],
    [7.3, 2.345066736547703],
    [250.5, 1.969479272051676],
  ])("0.975 quantile with %d degrees of freedom", (degrees, expected) => {
    expect(studentTQuantile(0.975, degrees)).toBeCloseTo(expected, 9);
    expect(studentTQuantile(0.025, degrees)).toBeCloseTo(-expected, 9);
  });

  it("has the reference distribution function and is symmetric", () => {
    expect(studentTCdf(2, 10)).toBeCloseTo(0.9633059826146299, 12);
    expect(studentTCdf(-1.3, 3.7)).toBeCloseTo(0.13433336208631375, 12);
    expect(studentTCdf(0, 4)).toBe(0.5);
    expect(studentTCdf(1.7, 6) + studentTCdf(-1.7, 6)).toBeCloseTo(1, 14);
    expect(() => studentTQuantile(1, 3)).toThrow(/requires 0 < p < 1/);
  });
});

describe("welchTest", () => {
  it("matches a hand computation", () => {
    const first = [1, 2, 3, 4, 8];
    const second = [2, 3, 3, 4];
    // By hand: means 3.6 and 3; variances 29.2 / 4 = 7.3 and 2 / 3.
    const share1 = 7.3 / 5;
    const share2 = 2 / 3 / 4;
    const se = Math.sqrt(share1 + share2);
    const df = (share1 + share2) ** 2 / (share1 ** 2 / 4 + share2 ** 2 / 3);
    const result = welchTest(first, second)!;
    expect(result.difference).toBeCloseTo(0.6, 12);
    expect(result.standardError).toBeCloseTo(se, 12);
    expect(result.degrees).toBeCloseTo(df, 12);
    expect(result.degrees).toBeCloseTo(4.880566732475765, 10); // scipy ttest_ind(equal_var=False)
    expect(result.t).toBeCloseTo(0.470437536140385, 10);
    expect(result.pValue).toBeCloseTo(0.6583134721035573, 9);
    expect(result.low).toBeCloseTo(-2.7028206439886104, 8);
    expect(result.high).toBeCloseTo(3.9028206439886106, 8);
  });

  it("says nothing when a group is too small or nothing varies", () => {
    expect(welchTest([1], [2, 3])).toBeNull();
    expect(welchTest([2, 2, 2], [1, 1, 1])).toBeNull();
    const oneConstant = welchTest([2, 2, 2], [0, 1, 2, 3])!;
    expect(oneConstant.degrees).toBeCloseTo(3, 12); // only the varying group contributes
  });
});

describe("meanInterval", () => {
  it("is mean ± t · s / sqrt(n)", () => {
    const result = meanInterval([1, 2, 6]);
    const margin = 4.302652729749462 * Math.sqrt(7 / 3);
    expect(result.mean).toBe(3);
    expect(result.low).toBeCloseTo(3 - margin, 9);
    expect(result.high).toBeCloseTo(3 + margin, 9);
    expect(meanInterval([4])).toMatchObject({ n: 1, mean: 4, low: null, high: null });
    expect(meanInterval([2, 2, 2])).toMatchObject({ low: 2, high: 2 });
  });
});

describe("proportions", () => {
  it("sign test doubles the smaller binomial tail", () => {
    expect(signTestPValue(6, 0)).toBeCloseTo(2 / 64, 14);
    // 2 of 9: 2 · (1 + 9 + 36) / 512.
    expect(signTestPValue(2, 7)).toBeCloseTo((2 * 46) / 512, 14);
    expect(signTestPValue(7, 2)).toBeCloseTo(0.1796875, 14);
    expect(signTestPValue(3, 3)).toBe(1);
    expect(signTestPValue(0, 0)).toBe(1);
  });

  it("Wilson and Clopper–Pearson intervals match the references", () => {
    const wilson = wilsonInterval(8, 10);
    expect(wilson.low).toBeCloseTo(0.4901624715366418, 10);
    expect(wilson.high).toBeCloseTo(0.9433178485456248, 10);
    const exact = clopperPearsonInterval(8, 10);
    expect(exact.low).toBeCloseTo(0.4439045376923585, 9);
    expect(exact.high).toBeCloseTo(0.9747892736731665, 9);
    expect(clopperPearsonInterval(0, 5).low).toBe(0);
    expect(clopperPearsonInterval(5, 5).high).toBe(1);
    // (1 - 0.975)^(1/5): the exact lower limit when every trial succeeded.
    expect(clopperPearsonInterval(5, 5).low).toBeCloseTo(0.025 ** (1 / 5), 9);
  });

  it("Clopper–Pearson excludes one half exactly when the sign test rejects", () => {
    for (let n = 1; n <= 30; n++) {
      for (let k = 0; k <= n; k++) {
        const { low, high } = clopperPearsonInterval(k, n);
        const excludes = low > 0.5 || high < 0.5;
        expect(excludes, `${k} of ${n}`).toBe(signTestPValue(k, n - k) < 0.05);
      }
    }
  });
});

describe("holmAdjust", () => {
  it("matches p.adjust(p, 'holm')", () => {
    const adjusted = holmAdjust([0.01, 0.04, 0.03]);
    expect(adjusted[0]).toBeCloseTo(0.03, 14);
    expect(adjusted[1]).toBeCloseTo(0.06, 14);
    expect(adjusted[2]).toBeCloseTo(0.06, 14);
    expect(holmAdjust([0.5, 0.9])).toEqual([1, 1]);
    expect(holmAdjust([])).toEqual([]);
  });
});

describe("bootstrap", () => {
  it("interpolates quantiles like R's type 7", () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([10, 20], 0.25)).toBe(12.5);
  });

  it("is deterministic for a seed and brackets the estimate", () => {
    const values = [0.2, 0.5, 0.9, 0.4, 0.7, 0.6, 0.3];
    const first = bootstrapInterval(values, mean, { seed: 5 });
    const again = bootstrapInterval(values, mean, { seed: 5 });
    expect(first).toEqual(again);
    expect(first.estimate).toBeCloseTo(mean(values), 14);
    expect(first.low).toBeLessThan(first.estimate);
    expect(first.high).toBeGreaterThan(first.estimate);
    // The bootstrap spread of a mean is close to s / sqrt(n) (plug-in variance).
    const plugIn = Math.sqrt((sampleVariance(values) * (values.length - 1)) / values.length / values.length);
    expect((first.high - first.low) / (2 * 1.96)).toBeCloseTo(plugIn, 1);
  });
});

describe("ratioEstimate", () => {
  it("pools the ratio and linearises its variance", () => {
    // Days 1/2, 2/2, 0/1: R = 3/5, mean whole 5/3, e = (1 - 1.2, 2 - 1.2, 0 - 0.6) / (5/3).
    const e = [-0.2, 0.8, -0.6].map((v) => v / (5 / 3));
    const variance = e.reduce((s, v) => s + v * v, 0) / 2;
    const result = ratioEstimate([
      { part: 1, whole: 2 },
      { part: 2, whole: 2 },
      { part: 0, whole: 1 },
    ]);
    expect(result.estimate).toBeCloseTo(0.6, 14);
    expect(result.varianceOfEstimate).toBeCloseTo(variance / 3, 14);
    expect(result.degrees).toBe(2);
    expect(() => ratioEstimate([{ part: 0, whole: 0 }])).toThrow(/ratioEstimate requires/);
  });

  it("reduces to the variance of a mean when every day has one decision", () => {
    const units = [1, 0, 1, 1, 0].map((part) => ({ part, whole: 1 }));
    expect(ratioEstimate(units).varianceOfEstimate).toBeCloseTo(sampleVariance([1, 0, 1, 1, 0]) / 5, 14);
  });
});

describe("serial correlation", () => {
  it("inflates the variance of a mean as the Bayley–Hammersley formula says", () => {
    expect(serialInflation(7, 0)).toBe(1);
    // n = 7, r = 0.5: f = 1 + 2 · (6/7 · 0.5 + 5/7 · 0.25 + 4/7 · 0.125 + 3/7 · 0.0625 + 2/7 · 0.03125 + 1/7 · 0.015625).
    const f =
      1 +
      2 *
        ((6 / 7) * 0.5 +
          (5 / 7) * 0.25 +
          (4 / 7) * 0.125 +
          (3 / 7) * 0.0625 +
          (2 / 7) * 0.03125 +
          (1 / 7) * 0.015625);
    expect(serialInflation(7, 0.5)).toBeCloseTo(f / (1 - (f - 1) / 6), 12);
    expect(serialInflation(7, 0.5)).toBeCloseTo(3.1965, 4);
    expect(serialInflation(4, 0.9)).toBeGreaterThan(serialInflation(4, 0.5));
  });

  it("estimates, corrects and bounds the day-to-day correlation", () => {
    const few: [number, number][] = [
      [1, 2],
      [2, 3],
    ];
    expect(serialCorrelation(few)).toBe(0.3); // too few pairs: the assumed value
    // Pairs of a straight line are perfectly correlated: capped.
    const line = Array.from({ length: 20 }, (_, i) => [i, i + 1] as [number, number]);
    expect(serialCorrelation(line)).toBe(0.9);
    // Alternating values are negatively correlated: floored at 0.
    const alternating = Array.from(
      { length: 20 },
      (_, i) => (i % 2 === 0 ? [1, -1] : [-1, 1]) as [number, number],
    );
    expect(serialCorrelation(alternating)).toBe(0);
    // A hand-computable case: r = 0.5 from twelve pairs, then + (1 + 4 · 0.5) / 12.
    const a = [1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1];
    const noise = [1, 1, -1, 1, 1, -1, -1, -1, 1, 1, -1, -1];
    // b = a + noise·c with a ⟂ noise gives r = 1 / sqrt(1 + c²); c = sqrt(3) gives 0.5.
    const pairs = a.map((v, i) => [v, v + Math.sqrt(3) * noise[i]!] as [number, number]);
    expect(a.reduce((s, v, i) => s + v * noise[i]!, 0)).toBe(0);
    expect(noise.reduce((s, v) => s + v, 0)).toBe(0);
    expect(pairs.length).toBeGreaterThanOrEqual(MIN_PAIRS_FOR_SERIAL_CORRELATION);
    expect(serialCorrelation(pairs)).toBeCloseTo(0.5 + 3 / 12, 12);
  });
});
