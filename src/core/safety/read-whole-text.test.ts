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
    // Since rounds 16–18 joined training, "J'ai donné mon appareil photo à mon frère." and "Tout est réglé,
    // la voiture va chez Inès." each raise crisis alone (the giving-away and settled-affairs families
    // with a little weight from the word model): another farewell told across two sentences is used.
    // After rounds 20 and 21, "… C'était la dernière chose." read together gave the model 0.62, core
    // evidence but not enough alone, so the second sentence changed again. After rounds 23 and 24, "Tout
    // est en ordre maintenant." alone read 0.705 (enough alone) until everyday lines were added, and then
    // the two together no longer raised crisis; "C'était la dernière chose." (0.35 alone) is back.
    const first = "J'ai confié mon chat à ma voisine.";
    const second = "C'était la dernière chose.";
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
