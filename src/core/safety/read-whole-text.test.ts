import { describe, expect, it } from "vitest";
import { detectSafetySignals } from "./detect-safety-signals";

describe("readNeighbours (neighbouring sentences read together)", () => {
  it("raises crisis for a farewell told across two sentences that each say too little", () => {
    // Since rounds 16 and 17 joined training, "Gave my camera to my brother." alone raises crisis (the
    // word model gives "gave my" a little weight beside the giving-away family): the family's own
    // example was used instead. Since rounds 23–25 joined, "Gave my guitar to a friend today." alone also
    // raises crisis (the model gives it 0.034, just over its 0.02 step), so another gift is used.
    const first = "Gave my paintings to a friend.";
    const second = "It's all sorted now.";
    expect(detectSafetySignals(first, "en").signals).toEqual([]);
    expect(detectSafetySignals(second, "en").signals).toEqual([]);
    const both = detectSafetySignals(`${first} ${second}`, "en");
    expect(both.signals).toEqual(["crisis"]);
    expect(both.matches.map((m) => m.rule)).toContain("en.crisis.evidence.giving-away");
  });

  it("does the same in French", () => {
    // Each retraining moves the model's probabilities, so the pair is re-chosen when it stops being one
    // (history in docs/benchmarks.md). Since rounds 27–30 lone remarks such as "J'ai donné mes livres à
    // ma nièce." raise crisis alone: a farewell told across two sentences, neither of them a gift, is used.
    const first = "J'ai écrit une lettre à chacun de mes enfants.";
    const second = "Ils comprendront plus tard.";
    const text = `${first} ${second}`;
    expect(detectSafetySignals(first, "fr").signals).toEqual([]);
    expect(detectSafetySignals(second, "fr").signals).toEqual([]);
    expect(detectSafetySignals(text, "fr").signals).toEqual(["crisis"]);
  });

  it("stays silent when the reviewed context set the words aside in the text", () => {
    expect(
      detectSafetySignals("My friend says she wants to die. I gave her my number.", "en").signals,
    ).toEqual([]);
  });

  it("does not add up sentences that are too far apart", () => {
    const text =
      "Gave my old bike to my nephew. We had lunch. The weather was grey. Then a film. Won't be needing the umbrella.";
    expect(detectSafetySignals(text, "en").signals).toEqual([]);
  });
});
