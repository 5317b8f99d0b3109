import type { LocalizedText } from "../locale";
import type { Certainty, RegionId, SpectrumReading, SpectrumZone, StrengthLevel } from "./types";

/**
 * Every sentence the profile shows, in English and French. Tone: what the answers suggest right now,
 * never what a person is. Placeholders in braces are filled by `fillText`.
 */
export const regionTexts: Record<RegionId, { name: LocalizedText; summary: LocalizedText }> = {
  balanced: {
    name: { en: "Balanced", fr: "En équilibre" },
    summary: {
      en: "Your answers suggest that, right now, you can lean on others and stand on your own without either pull taking over.",
      fr: "Vos réponses suggèrent qu’en ce moment, vous pouvez vous appuyer sur les autres comme compter sur vous-même, sans que l’un ou l’autre ne prenne le dessus.",
    },
  },
  "leaning-on-others": {
    name: { en: "Leaning on others", fr: "Appui marqué sur les autres" },
    summary: {
      en: "Your answers suggest that, right now, your steadiness leans a lot on others: their presence, their replies, their approval.",
      fr: "Vos réponses suggèrent qu’en ce moment, votre équilibre repose beaucoup sur les autres : leur présence, leurs réponses, leur accord.",
    },
  },
  "keeping-distance": {
    name: { en: "Keeping distance", fr: "Garder ses distances" },
    summary: {
      en: "Your answers suggest that, right now, you mostly count on yourself and keep some distance, even when closeness or help could do you good.",
      fr: "Vos réponses suggèrent qu’en ce moment, vous comptez surtout sur vous-même et gardez une certaine distance, même quand la proximité ou l’aide pourraient vous faire du bien.",
    },
  },
  "pulled-both-ways": {
    name: { en: "Pulled both ways", fr: "Entre deux élans" },
    summary: {
      en: "Your answers suggest that, right now, two pulls live side by side: wanting closeness and reassurance, and also holding people at a distance.",
      fr: "Vos réponses suggèrent qu’en ce moment, deux élans cohabitent : le désir de proximité et de réassurance, et en même temps l’envie de garder les autres à distance.",
    },
  },
};

export const certaintyTexts: Record<Certainty, LocalizedText> = {
  clear: {
    en: "This reading is fairly clear: about {p} likely given your answers.",
    fr: "Cette lecture est assez nette : environ {p} de probabilité au vu de vos réponses.",
  },
  likely: {
    en: "This is the most likely reading (about {p}), though not a certain one.",
    fr: "C’est la lecture la plus probable (environ {p}), sans être certaine.",
  },
  uncertain: {
    en: "Your answers sit near a border: {first} (about {p}) and {second} (about {q}) are both plausible, so read this lightly.",
    fr: "Vos réponses se situent près d’une frontière : « {first} » (environ {p}) et « {second} » (environ {q}) sont toutes deux plausibles ; prenez cette lecture avec légèreté.",
  },
};

export const spectrumTexts: {
  labels: Record<SpectrumReading, LocalizedText>;
  where: Record<SpectrumZone, LocalizedText>;
  summary: LocalizedText;
  summaryBoth: LocalizedText;
  bothPulls: LocalizedText;
} = {
  labels: {
    "leaning-on-others": { en: "leaning on others", fr: "s’appuyer sur les autres" },
    balanced: { en: "balanced", fr: "équilibre" },
    "going-it-alone": { en: "going it alone", fr: "faire cavalier seul" },
    "pulled-both-ways": { en: "pulled both ways", fr: "entre deux élans" },
  },
  where: {
    "leaning-on-others": { en: "towards leaning on others", fr: "du côté de l’appui sur les autres" },
    balanced: { en: "in the balanced middle", fr: "dans le milieu équilibré" },
    "going-it-alone": { en: "towards going it alone", fr: "du côté du cavalier seul" },
  },
  summary: {
    en: "On the line from leaning on others to going it alone, your answers place you {where} (about {p} likely).",
    fr: "Sur la ligne qui va de l’appui sur les autres au cavalier seul, vos réponses vous placent {where} (environ {p} de probabilité).",
  },
  summaryBoth: {
    en: "Your answers suggest that both pulls are strong right now (about {p} likely): leaning on others and going it alone at once. A single line cannot place that, so it marks both ends; the balance map shows it better.",
    fr: "Vos réponses suggèrent que les deux élans sont forts en ce moment (environ {p} de probabilité) : vous appuyer sur les autres et faire cavalier seul à la fois. Une seule ligne ne peut pas situer cela ; elle en marque donc les deux bouts, et la carte de l’équilibre le montre mieux.",
  },
  bothPulls: {
    en: "There is also a real chance (about {q}) that both pulls are strong at once, which a line cannot show; the balance map shows it.",
    fr: "Il y a aussi une chance réelle (environ {q}) que les deux élans soient forts à la fois, ce qu’une ligne ne peut pas montrer ; la carte de l’équilibre le montre.",
  },
};

export const strengthTexts: Record<"self-trust" | "connection", Record<StrengthLevel, LocalizedText>> & {
  levelNames: Record<StrengthLevel, LocalizedText>;
  caution: LocalizedText;
} = {
  "self-trust": {
    growing: {
      en: "Your answers suggest that self-trust is still taking shape: steadying yourself and choosing on your own may take effort right now. It grows with small, regular steps.",
      fr: "Vos réponses suggèrent que votre confiance en vous est encore en construction : retrouver votre calme et choisir par vous-même peut demander un effort en ce moment. Elle se renforce à petits pas réguliers.",
    },
    steady: {
      en: "Your answers suggest a steady base of self-trust that you can lean on and build on.",
      fr: "Vos réponses suggèrent une base solide de confiance en vous, sur laquelle vous pouvez vous appuyer et construire.",
    },
    strong: {
      en: "Your answers suggest that self-trust is a real strength: you can often steady yourself and stand by your choices.",
      fr: "Vos réponses suggèrent que la confiance en vous est une vraie force : vous savez souvent retrouver votre calme et assumer vos choix.",
    },
  },
  connection: {
    growing: {
      en: "Your answers suggest that saying what you need, and turning to others by choice, may not come easily yet. It can be learned, one conversation at a time.",
      fr: "Vos réponses suggèrent qu’exprimer vos besoins, et vous tourner vers les autres par choix, ne va pas encore de soi. Cela s’apprend, une conversation après l’autre.",
    },
    steady: {
      en: "Your answers suggest a good base of connection: you can often share what you need and leave others room.",
      fr: "Vos réponses suggèrent une bonne base de lien : vous savez souvent partager ce dont vous avez besoin et laisser de la place à l’autre.",
    },
    strong: {
      en: "Your answers suggest that connection is a real strength: you say what you need clearly and give the people you love room to be themselves.",
      fr: "Vos réponses suggèrent que le lien est une vraie force : vous dites clairement ce dont vous avez besoin et laissez vos proches être pleinement eux-mêmes.",
    },
  },
  levelNames: {
    growing: { en: "Still growing", fr: "En construction" },
    steady: { en: "Steady", fr: "Bien en place" },
    strong: { en: "A real strength", fr: "Une vraie force" },
  },
  caution: {
    en: "Few answers so far, so this reading is tentative.",
    fr: "Peu de réponses pour l’instant : cette lecture reste indicative.",
  },
};

/** Why a facet was chosen: by direction and by how strong the evidence is. */
export const focusWhyTexts: Record<"ease" | "build", Record<"marked" | "mild", LocalizedText>> = {
  ease: {
    marked: {
      en: "Your answers suggest that, right now, this pull is fairly strong for you.",
      fr: "Vos réponses suggèrent qu’en ce moment, cette tendance est assez marquée chez vous.",
    },
    mild: {
      en: "This pull shows up a little in your answers; easing it could bring more balance.",
      fr: "Cette tendance apparaît un peu dans vos réponses ; l’adoucir pourrait vous apporter plus d’équilibre.",
    },
  },
  build: {
    marked: {
      en: "Your answers suggest that this capacity has room to grow right now.",
      fr: "Vos réponses suggèrent que cette ressource a de la marge pour grandir en ce moment.",
    },
    mild: {
      en: "This capacity is already partly there; strengthening it would support everything else.",
      fr: "Cette ressource est déjà en partie là ; la renforcer soutiendrait tout le reste.",
    },
  },
};

/**
 * The same reasons said once for all the focus facets, when every one of them has the same reason
 * (the results page then says it above the list instead of three times).
 */
export const focusWhyTogetherTexts: Record<"ease" | "build", Record<"marked" | "mild", LocalizedText>> = {
  ease: {
    marked: {
      en: "Your answers suggest that, right now, each of these pulls is fairly strong for you.",
      fr: "Vos réponses suggèrent qu’en ce moment, chacune de ces tendances est assez marquée chez vous.",
    },
    mild: {
      en: "Each of these pulls shows up a little in your answers; easing them could bring more balance.",
      fr: "Chacune de ces tendances apparaît un peu dans vos réponses ; les adoucir pourrait vous apporter plus d’équilibre.",
    },
  },
  build: {
    marked: {
      en: "Your answers suggest that each of these capacities has room to grow right now.",
      fr: "Vos réponses suggèrent que chacune de ces ressources a de la marge pour grandir en ce moment.",
    },
    mild: {
      en: "These capacities are already partly there; strengthening them would support everything else.",
      fr: "Ces ressources sont déjà en partie là ; les renforcer soutiendrait tout le reste.",
    },
  },
};

export const noteTexts: { notClinical: LocalizedText; provisional: LocalizedText; rightNow: LocalizedText } =
  {
    notClinical: {
      en: "Poise helps you understand yourself and grow. It is not a clinical assessment, and it does not replace talking with a professional if you are going through a hard time.",
      fr: "Poise vous aide à mieux vous comprendre et à avancer. Ce n’est pas une évaluation clinique, et cela ne remplace pas l’échange avec un professionnel si vous traversez une période difficile.",
    },
    provisional: {
      en: "The scores use provisional item parameters, which will be refined as consenting people's anonymous answers accumulate: treat the numbers as a first estimate.",
      fr: "Les scores reposent sur des paramètres provisoires, qui seront affinés à mesure que s’accumuleront les réponses anonymes de personnes consentantes : voyez ces chiffres comme une première estimation.",
    },
    rightNow: {
      en: "These results describe where you stand today, not who you are. They can change, and that is the point.",
      fr: "Ces résultats décrivent où vous en êtes aujourd’hui, pas qui vous êtes. Ils peuvent évoluer, et c’est tout l’enjeu.",
    },
  };

/**
 * Fills `{name}` placeholders of a template; throws on a placeholder left without a value so a text
 * never reaches a person half-written. O(length). Example: `fillText("about {p}", { p: "40%" })`.
 */
export function fillText(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`fillText requires a value for {${key}}`);
    return value;
  });
}

/**
 * A probability as a rounded percentage in the locale's typography: "72%" or "72 %". Kept within
 * 1…99: a model's probability of a reading is never a certainty, and "about 100% likely" would say it
 * is. O(1).
 */
export function formatPercent(probability: number, locale: "en" | "fr"): string {
  const percent = Math.min(99, Math.max(1, Math.round(probability * 100)));
  return locale === "fr" ? `${percent}\u00a0%` : `${percent}%`;
}
