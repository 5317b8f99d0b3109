import { describe, expect, it } from "vitest";
import { estimateEap } from "./estimate-eap";
import { gradedResponseModel } from "./graded-response";
import { scalePosteriors, scoreScales } from "./score-inventory";
import { testBank } from "./test-data/test-bank";

const bank = testBank();
const reliance = bank.filter((item) => item.scale === "reliance");

describe("scoreScales", () => {
  it("scores every scale, giving the prior, answered 0 and classical null where nothing was answered", () => {
    const scores = scoreScales(bank, {});
    expect(scores.map((s) => s.scale)).toEqual(["reliance", "distance", "self-trust", "connection"]);
    for (const score of scores) {
      expect(score.theta).toBeCloseTo(0, 8);
      expect(score.se).toBeCloseTo(1, 3);
      expect(score.tScore).toBeCloseTo(50, 6);
      expect(score.answered).toBe(0);
      expect(score.classical).toBeNull();
      expect(score.tBand[0]).toBeCloseTo(50 - 16.45, 0);
      expect(score.tBand[1]).toBeCloseTo(50 + 16.45, 0);
    }
  });

  it("reverses reverse-keyed items: agreeing with one lowers the scale, and the classical mean is keyed", () => {
    const straight = reliance.find((item) => !item.reverse)!;
    const reversed = reliance.find((item) => item.reverse)!;
    const [agreeStraight] = scoreScales(bank, { [straight.id]: 5 });
    const [agreeReversed] = scoreScales(bank, { [reversed.id]: 5 });
    expect(agreeStraight!.theta).toBeGreaterThan(0);
    expect(agreeReversed!.theta).toBeLessThan(0);
    expect(agreeStraight!.classical).toBe(5);
    expect(agreeReversed!.classical).toBe(1);
    const [both] = scoreScales(bank, { [straight.id]: 4, [reversed.id]: 2 });
    expect(both!.classical).toBe(4);
    expect(both!.answered).toBe(2);
  });

  it("agrees with a direct EAP of the same keyed answers, with T = 50 + 10θ and a band around it", () => {
    const answers = Object.fromEntries(reliance.slice(0, 6).map((item, i) => [item.id, (i % 5) + 1]));
    const [score] = scoreScales(bank, answers);
    const direct = estimateEap(
      reliance.slice(0, 6).map((item, i) => ({
        model: gradedResponseModel(item),
        category: item.reverse ? 5 - ((i % 5) + 1) : i % 5,
      })),
    );
    expect(score!.theta).toBeCloseTo(direct.theta, 10);
    expect(score!.se).toBeCloseTo(direct.se, 10);
    expect(score!.tScore).toBeCloseTo(50 + 10 * direct.theta, 10);
    expect(score!.tBand[0]).toBeLessThan(score!.tScore);
    expect(score!.tBand[1]).toBeGreaterThan(score!.tScore);
  });

  it("shrinks toward the prior with fewer items and narrows its band with more", () => {
    const keyedHigh = (item: (typeof reliance)[number]) => (item.reverse ? 1 : 5);
    const scoresFor = (n: number) =>
      scoreScales(
        bank,
        Object.fromEntries(reliance.slice(0, n).map((item) => [item.id, keyedHigh(item)])),
      )[0]!;
    const few = scoresFor(2);
    const many = scoresFor(10);
    expect(many.theta).toBeGreaterThan(few.theta);
    expect(many.se).toBeLessThan(few.se);
    expect(many.tBand[1] - many.tBand[0]).toBeLessThan(few.tBand[1] - few.tBand[0]);
  });

  it("offers the whole posterior per scale, summing to 1", () => {
    const posteriors = scalePosteriors(bank, { [reliance[0]!.id]: 4 });
    expect(posteriors).toHaveLength(4);
    for (const posterior of posteriors) {
      expect(posterior.points).toHaveLength(121);
      expect(posterior.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    }
  });

  it("throws 'scoreScales requires …' for an unknown item or an answer out of 1..5", () => {
    expect(() => scoreScales(bank, { ghost: 3 })).toThrow(
      'scoreScales requires answers to items of the bank, got "ghost"',
    );
    expect(() => scoreScales(bank, { [reliance[0]!.id]: 0 })).toThrow(
      "scoreScales requires an answer from 1 to 5, got 0",
    );
  });
});
