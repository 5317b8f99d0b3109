import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language";
import { type DetectorParts, detectSafetySignals, detectSafetySignalsWith } from "./detect-safety-signals";
import { allEvidence, allIdiomRules, allSignalRules } from "./rule-book";
import { signalThreshold } from "./score-evidence";
import { wordModelOf } from "./word-model/train-word-model";
import { overrulingProbability, wordModelWeight } from "./word-model/word-models";

const signals = (text: string, locale?: "en" | "fr") => detectSafetySignals(text, locale).signals;

describe("every rule and idiom does what its example says", () => {
  it.each(allSignalRules.map((rule) => [rule.id, rule] as const))("%s catches its example", (_id, rule) => {
    const detection = detectSafetySignals(rule.example, rule.locale);
    expect(detection.matches.map((m) => m.rule)).toContain(rule.id);
    expect(detection.signals).toContain(rule.signal);
  });

  it.each(allIdiomRules.map((idiom) => [idiom.id, idiom] as const))("%s masks its example", (_id, idiom) => {
    const detection = detectSafetySignals(idiom.example, idiom.locale);
    expect(detection.idioms).toContain(idiom.id);
    expect(detection.signals).toEqual([]);
  });

  it.each(allEvidence.map((family) => [family.id, family] as const))(
    "%s finds its example",
    (_id, family) => {
      const detection = detectSafetySignals(family.example, family.locale);
      const found = detection.evidence.find((e) => e.signal === family.signal)?.found ?? [];
      expect(found).toContainEqual({ id: family.id, weight: family.weight });
    },
  );

  it("gives every rule and family a unique id that names its language and signal", () => {
    const ids = [...allSignalRules, ...allEvidence].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of [...allSignalRules, ...allEvidence])
      expect(rule.id.startsWith(`${rule.locale}.${rule.signal}.`)).toBe(true);
  });

  it("weighs every family below the threshold except the explicit ones, and phrase rules at it", () => {
    for (const family of allEvidence) {
      expect(family.weight, family.id).toBeDefined();
      expect(family.weight as number, family.id).toBeLessThanOrEqual(signalThreshold[family.signal]);
    }
    for (const rule of allSignalRules) expect(rule.weight, rule.id).toBeUndefined();
  });
});

describe("crisis signals", () => {
  it("finds plain statements in both languages", () => {
    expect(signals("I don't want to live anymore.")).toEqual(["crisis"]);
    expect(signals("Je n'ai plus envie de vivre.")).toEqual(["crisis"]);
    expect(signals("thinking about suicide again")).toEqual(["crisis"]);
  });

  it("tolerates misspellings, stretched letters, shorthand and missing apostrophes", () => {
    expect(signals("i feel sucidal tonight")).toEqual(["crisis"]);
    expect(signals("i want to dieeeee")).toEqual(["crisis"]);
    expect(signals("kms honestly")).toEqual(["crisis"]);
    expect(signals("i dont want to live anymore")).toEqual(["crisis"]);
    expect(signals("jveux mourrir")).toEqual(["crisis"]);
    expect(signals("JAI ENVIE DE MOURIR")).toEqual(["crisis"]);
  });

  it("reads negation", () => {
    expect(signals("I would never hurt myself.")).toEqual([]);
    expect(signals("I'm not suicidal, just sad.")).toEqual([]);
    expect(signals("Killing myself is not something I'd ever do.")).toEqual([]);
    expect(signals("Je ne me ferais jamais de mal.")).toEqual([]);
    expect(signals("Je n'ai pas envie de mourir.")).toEqual([]);
    // A hedge is not a denial, and a negation can be the signal itself.
    expect(signals("I don't know why I want to die.")).toEqual(["crisis"]);
    expect(signals("I'm not sure I want to live anymore.")).toEqual(["crisis"]);
    expect(signals("Je ne sais pas pourquoi j'ai envie de mourir.")).toEqual(["crisis"]);
  });

  it("masks idioms", () => {
    for (const text of [
      "I'm dying to see her",
      "this project is killing me",
      "killing it at work",
      "dead tired",
      "that cake was to die for",
      "je meurs de rire",
      "j'ai failli mourir de honte",
      "Ce projet me tue",
    ]) {
      expect(signals(text), text).toEqual([]);
    }
  });

  it("sets aside quotations of songs or other people, but keeps the writer's own", () => {
    expect(signals("the song says 'I want to die'")).toEqual([]);
    expect(signals("La chanson répète « je veux mourir »")).toEqual([]);
    expect(signals('My friend said "I want to die" and I froze')).toEqual([]);
    expect(signals('I keep writing "I want to die" in my notebook')).toEqual(["crisis"]);
    const detection = detectSafetySignals("the song says 'I want to die'");
    expect(detection.setAside).toContainEqual({ rule: "en.crisis.want-to-die", reason: "quoted" });
  });

  it("sets aside other people, the news and accidents", () => {
    expect(signals("My friend told me she wants to die.")).toEqual([]);
    expect(signals("Mon frère a essayé de se suicider.")).toEqual([]);
    expect(signals("In the film the hero wants to die.")).toEqual([]);
    expect(signals("I cut myself chopping onions.")).toEqual([]);
    expect(signals("Je me suis coupée en épluchant des légumes.")).toEqual([]);
    expect(signals("I told my sister I want to die.")).toEqual(["crisis"]);
  });
});

describe("broad evidence, summed", () => {
  it("raises a signal from several words no single rule names, and says which", () => {
    const detection = detectSafetySignals("Lately the thought of being dead is comforting.", "en");
    expect(detection.signals).toEqual(["crisis"]);
    const crisis = detection.evidence.find((e) => e.signal === "crisis");
    expect(crisis?.score).toBeGreaterThanOrEqual(crisis?.threshold ?? Number.POSITIVE_INFINITY);
    expect(crisis?.found.map((f) => f.id)).toEqual(
      expect.arrayContaining(["en.crisis.evidence.death", "en.crisis.evidence.despair"]),
    );
    expect(detection.matches.map((m) => m.rule)).toContain("en.crisis.evidence.death");
  });

  it("keeps a lone supporting word or a lone word of dying below the threshold", () => {
    expect(signals("Rien ne presse pour le rapport, je le finirai demain.", "fr")).toEqual([]);
    expect(signals("My phone is dead again.", "en")).toEqual([]);
    expect(signals("I feel hopeless about this exam.", "en")).toEqual([]);
    const detection = detectSafetySignals("I feel hopeless about this exam.", "en");
    expect(detection.evidence.find((e) => e.signal === "crisis")?.score).toBe(0);
  });

  it("counts a partner and an act done to the writer, but not the writer's own act", () => {
    expect(signals("My girlfriend deleted half my contacts and reads my texts.", "en")).toEqual(["coercion"]);
    expect(signals("Mon mec fouille mes poches dès que je rentre.", "fr")).toEqual(["coercion"]);
    expect(signals("I turned off my phone for the evening, he was fine with it.", "en")).toEqual([]);
    expect(signals("I hit my head on the shelf.", "en")).toEqual([]);
  });

  it("lets words of a shared, chosen arrangement count against control", () => {
    expect(signals("We both know each other's passwords, we agreed on it.", "en")).toEqual([]);
    expect(
      signals("Il connaît mon code de téléphone et moi le sien, on l'a décidé tous les deux.", "fr"),
    ).toEqual([]);
  });

  it("sets aside a crisis told as clearly over, unless it is coming back", () => {
    expect(signals("I used to self harm as a kid, but I'm proud it's behind me.", "en")).toEqual([]);
    expect(signals("I used to self harm as a kid and lately it's back.", "en")).toEqual(["crisis"]);
    expect(signals("Au lycée je me scarifiais, aujourd'hui je suis fière d'en être sortie.", "fr")).toEqual(
      [],
    );
    expect(
      detectSafetySignals("Years ago I wanted to die, I'm grateful I'm still here.", "en").setAside,
    ).toContainEqual({
      rule: "en.crisis.want-to-die",
      reason: "resolved-past",
    });
  });

  it("reads French accidents and the step of « un pas »", () => {
    expect(signals("Je me suis brûlée en sortant le plat du four.", "fr")).toEqual([]);
    expect(signals("Je me suis coupée sur une boîte de conserve.", "fr")).toEqual([]);
    expect(signals("Je me suis coupée avec une lame exprès.", "fr")).toEqual(["crisis"]);
    expect(signals("Je pense à faire un pas de trop au bord du quai quand le métro arrive.", "fr")).toEqual([
      "crisis",
    ]);
  });
});

describe("coercion signals", () => {
  it("finds control, monitoring, violence and threats", () => {
    expect(signals("He checks my phone every night.")).toEqual(["coercion"]);
    expect(signals("He won't let me see my friends.")).toEqual(["coercion"]);
    expect(signals("She controls all the money.")).toEqual(["coercion"]);
    expect(signals("My husband hit me again.")).toEqual(["coercion"]);
    expect(signals("Il m'a giflée devant les enfants.")).toEqual(["coercion"]);
    expect(signals("Il me géolocalise en permanence.")).toEqual(["coercion"]);
  });

  it("reads negation, including French negation after the verb", () => {
    expect(signals("He never checks my phone.")).toEqual([]);
    expect(signals("Il me frappe pas, mais il crie.")).toEqual([]);
    expect(signals("He would never stop me from seeing my friends.")).toEqual([]);
  });

  it("sets aside parents, bosses and circumstances", () => {
    expect(signals("My mum won't let me go out.")).toEqual([]);
    expect(signals("I'm not allowed to work until my visa comes through.")).toEqual([]);
    expect(signals("Mon médecin m'interdit de courir.")).toEqual([]);
  });

  it("reads a partner's quoted threat, but not the same words from a song", () => {
    expect(signals('He said "I will kill you if you leave".')).toEqual(["coercion"]);
    expect(signals("Il m'a dit : « Je vais te tuer. »")).toEqual(["coercion"]);
    expect(signals('The song goes "I will kill you".')).toEqual([]);
  });

  it("sets aside what might happen", () => {
    expect(signals("If he ever hit me I would leave.")).toEqual([]);
    expect(signals("Si jamais il me frappe, je pars.")).toEqual([]);
  });
});

describe("both signals and languages", () => {
  it("reports both signals in a fixed order", () => {
    expect(signals("He hits me and some days I just want to die.")).toEqual(["crisis", "coercion"]);
  });

  it("detects the language when none is given, and runs both when undecided", () => {
    expect(detectSafetySignals("Je veux mourir").language).toBe("fr");
    expect(detectSafetySignals("I want to die").language).toBe("en");
    const undecided = detectSafetySignals("suicidal.");
    expect(undecided.language).toBeNull();
    expect(undecided.checked).toEqual(["en", "fr"]);
    expect(undecided.signals).toEqual(["crisis"]);
    expect(detectLanguage(["je", "ai", "peur"])).toBe("fr");
    expect(detectLanguage([])).toBeNull();
  });

  it("runs only the given locale when one is given", () => {
    expect(detectSafetySignals("Je veux mourir", "en").signals).toEqual([]);
    expect(detectSafetySignals("Je veux mourir", "fr").checked).toEqual(["fr"]);
  });

  it("keeps no word of the text in its result", () => {
    const text = "Zebracorn says I want to die, tangerinequartz.";
    const json = JSON.stringify(detectSafetySignals(text));
    expect(json).not.toMatch(/zebracorn|tangerinequartz|want to die/i);
    expect(detectSafetySignals(text).signals).toEqual(["crisis"]);
  });

  it("is deterministic and handles empty or odd input", () => {
    const text = "I can't go on. He tracks my location.";
    expect(detectSafetySignals(text)).toEqual(detectSafetySignals(text));
    expect(signals("")).toEqual([]);
    expect(signals("!!! ... ''' \"\"")).toEqual([]);
    expect(signals("😢😢😢")).toEqual([]);
  });
});

describe("a confident word model and the context judgements", () => {
  // A model of one signal that reads every sentence at the same probability (only its bias), and one
  // of the other signal that never counts.
  const sureAt = (probability: number, signal: "crisis" | "coercion"): DetectorParts => {
    const sure = wordModelOf(Math.log(probability / (1 - probability)), new Map());
    const never = wordModelOf(-30, new Map());
    return { wordModel: (_locale, asked) => (asked === signal ? sure : never), wordModelWeight };
  };
  const above = (signal: "crisis" | "coercion") =>
    sureAt(Math.min(0.99, overrulingProbability + 0.04), signal);
  const below = (signal: "crisis" | "coercion") => sureAt(overrulingProbability - 0.04, signal);

  it("overrules a negation, someone else, an accident or not a partner only when all but sure", () => {
    const judged = [
      ["I have never wanted to kill myself.", "en", "crisis"],
      ["My sister wants to die.", "en", "crisis"],
      ["Je me suis brûlé le bras en cuisinant.", "fr", "crisis"],
      ["Mon père garde mon passeport.", "fr", "coercion"],
    ] as const;
    for (const [text, locale, signal] of judged) {
      const detection = detectSafetySignalsWith(below(signal), text, locale);
      expect(detection.setAside.length, text).toBeGreaterThan(0);
      expect(detection.signals, text).toEqual([]);
      expect(detectSafetySignalsWith(above(signal), text, locale).signals, text).toEqual([signal]);
    }
  });

  it("never overrules a hypothesis, and reads a sentence about a film only when all but sure", () => {
    const film = "Watched a film about a man who wants to die.";
    expect(
      detectSafetySignalsWith(above("coercion"), "If he ever hit me I would leave.", "en").signals,
    ).toEqual([]);
    expect(detectSafetySignalsWith(below("crisis"), film, "en").signals).toEqual([]);
    expect(detectSafetySignalsWith(above("crisis"), film, "en").signals).toEqual(["crisis"]);
  });

  it("reads rightly, with the committed model, sentences a single word had set aside", () => {
    expect(signals("ma dépression est revenue et avec elle l'envie de mourir", "fr")).toEqual(["crisis"]);
    expect(signals("My father keeps my passport and takes my wages every Friday.", "en")).toEqual([
      "coercion",
    ]);
    expect(signals("My friend told me she wants to die, I stayed with her all night.", "en")).toEqual([]);
    expect(signals("J'ai lu un livre sur le suicide des agriculteurs pour mon mémoire.", "fr")).toEqual([]);
  });
});
