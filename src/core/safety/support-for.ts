import type { Locale, LocalizedText } from "../locale";
import { type HelpResource, helpResources, type RegionCode, resourcesCheckedOn } from "./resources";
import { type SafetySignal, safetySignals } from "./types";

/** One way to reach a service, ready to render: a label and a tel:, sms: or https: link. */
export interface SupportContact {
  kind: "phone" | "text" | "url";
  label: string;
  href: string;
}

/** One service, in the reader's language. */
export interface SupportResource {
  id: string;
  /** "emergency" for emergency services, otherwise the signals it serves. */
  purposes: readonly ("emergency" | SafetySignal)[];
  name: string;
  description: string;
  availability: string;
  contacts: SupportContact[];
}

/** Everything the web app needs to show support at once, in one language. */
export interface SafetySupport {
  /** False when there is nothing to show (no signal). */
  show: boolean;
  signals: SafetySignal[];
  locale: Locale;
  region: RegionCode;
  title: string;
  /** Short paragraphs, in order. */
  message: string[];
  /** Emergency services first, then lines for each signal found. */
  resources: SupportResource[];
  /** What Poise is and is not, that no one was alerted, and when the details were checked. */
  note: string;
  checkedOn: string;
}

const overseasFrance = new Set(["RE", "GP", "MQ", "GF", "YT"]);

/**
 * The region whose resources to show, from a region code ("FR", "uk", "us") or a language tag with a
 * region ("fr-CA", "en_GB.UTF-8"). French overseas departments map to France. Anything else, or
 * nothing, gives the international fallback: "en" names a language, not a place.
 *
 * Complexity: O(length of the tag). Example: `toRegion("fr-CA")` is "CA"; `toRegion("de-DE")` and
 * `toRegion(undefined)` are "INTL".
 */
export function toRegion(tag: string | null | undefined): RegionCode {
  const parts = (tag ?? "").split(/[-_.@\s]/).filter(Boolean);
  const candidates = parts.length === 1 ? parts : parts.slice(1);
  for (const part of candidates) {
    const code = part.toUpperCase();
    if (code === "UK" || code === "GB") return "GB";
    if (code === "FR" || overseasFrance.has(code)) return "FR";
    if (code === "US" || code === "CA") return code;
  }
  return "INTL";
}

/**
 * The support to show for the signals found in a note: a warm title and message in the reader's
 * language, and the help resources of their region (emergency services first, then the lines for
 * each signal), all from the reviewed list in resources.ts. With no signal, `show` is false and
 * the lists are empty.
 *
 * Complexity: O(number of resources). Example: `supportFor(["crisis"], "fr", "FR").resources[1].name`
 * is "3114, numéro national de prévention du suicide".
 */
export function supportFor(
  signals: readonly SafetySignal[],
  locale: Locale,
  region?: string | null,
): SafetySupport {
  const resolved = toRegion(region);
  const found = safetySignals.filter((signal) => signals.includes(signal));
  const note = fill(texts.note[locale], resourcesCheckedOn);
  if (found.length === 0) {
    return {
      show: false,
      signals: [],
      locale,
      region: resolved,
      title: "",
      message: [],
      resources: [],
      note,
      checkedOn: resourcesCheckedOn,
    };
  }
  const both = found.length === 2;
  const crisis = found.includes("crisis");
  const title = both ? texts.titleBoth : crisis ? texts.titleCrisis : texts.titleCoercion;
  const paragraphs = both
    ? [texts.crisisOpening, texts.coercionOpening, texts.bothReachOut, texts.privacy]
    : crisis
      ? [texts.crisisOpening, texts.crisisReachOut, texts.crisisSomeoneClose]
      : [texts.coercionOpening, texts.coercionReachOut, texts.privacy];

  return {
    show: true,
    signals: found,
    locale,
    region: resolved,
    title: title[locale],
    message: paragraphs.map((p) => p[locale]),
    resources: resourcesFor(found, resolved).map((r) => localize(r, locale)),
    note,
    checkedOn: resourcesCheckedOn,
  };
}

function resourcesFor(signals: readonly SafetySignal[], region: RegionCode): HelpResource[] {
  const local = helpResources.filter((r) => r.region === region);
  const ordered = [
    ...local.filter((r) => r.purposes.includes("emergency")),
    ...signals.flatMap((signal) => local.filter((r) => r.purposes.includes(signal))),
  ];
  return [...new Set(ordered)];
}

function localize(resource: HelpResource, locale: Locale): SupportResource {
  return {
    id: resource.id,
    purposes: resource.purposes,
    name: resource.name[locale],
    description: resource.description[locale],
    availability: resource.availability[locale],
    contacts: resource.contacts.map((c) => ({ kind: c.kind, label: c.display[locale], href: c.href })),
  };
}

const fill = (text: string, date: string) => text.replace("{date}", date);

/** Our own words, in both languages. Plain, warm, never a diagnosis, never a judgement. */
const texts = {
  titleCrisis: { en: "You don't have to carry this alone", fr: "Vous n’avez pas à porter ça sans aide" },
  titleCoercion: { en: "You deserve to feel safe", fr: "Vous avez le droit de vous sentir en sécurité" },
  titleBoth: { en: "You deserve support and safety", fr: "Vous méritez du soutien et de la sécurité" },
  crisisOpening: {
    en: "What you wrote sounds very heavy. If you are thinking about ending your life or hurting yourself, please reach out to someone now.",
    fr: "Ce que vous avez écrit semble très lourd. Si vous pensez à mettre fin à vos jours ou à vous faire du mal, parlez-en à quelqu’un dès maintenant.",
  },
  crisisReachOut: {
    en: "The people on these lines talk every day with people going through this kind of pain, and they listen without judging. If you might act on these thoughts soon, or you are not safe right now, call emergency services.",
    fr: "Les personnes qui répondent sur ces lignes accompagnent chaque jour des gens qui traversent ce genre de douleur, et elles écoutent sans juger. Si vous risquez de passer à l’acte bientôt, ou si vous n’êtes pas en sécurité en ce moment, appelez les secours.",
  },
  crisisSomeoneClose: {
    en: "If you can, tell someone you trust how you are feeling right now, and stay near them.",
    fr: "Si vous le pouvez, dites à une personne de confiance comment vous vous sentez en ce moment, et restez près d’elle.",
  },
  coercionOpening: {
    en: "Some of what you wrote describes being controlled, threatened or hurt by someone close to you. Whatever is happening, it is not your fault, and you don't have to decide anything today.",
    fr: "Une partie de ce que vous avez écrit décrit une personne proche qui vous contrôle, vous menace ou vous fait du mal. Quoi qu’il se passe, ce n’est pas votre faute, et vous n’avez rien à décider aujourd’hui.",
  },
  coercionReachOut: {
    en: "The people on these lines listen without judging and can help you think through your options and your safety, at your own pace. If you are in danger right now, call emergency services.",
    fr: "Les personnes qui répondent sur ces lignes écoutent sans juger et peuvent vous aider à réfléchir à vos options et à votre sécurité, à votre rythme. Si vous êtes en danger maintenant, appelez les secours.",
  },
  bothReachOut: {
    en: "The people on these lines listen without judging, at your own pace. If you are in danger, or might act on thoughts of ending your life, call emergency services now.",
    fr: "Les personnes qui répondent sur ces lignes écoutent sans juger, à votre rythme. Si vous êtes en danger, ou si vous risquez de passer à l’acte, appelez les secours maintenant.",
  },
  privacy: {
    en: "If someone may look at your phone or computer, you could contact these services from a device they can't see, and clear this page from your history.",
    fr: "Si quelqu’un risque de regarder votre téléphone ou votre ordinateur, vous pouvez joindre ces services depuis un appareil auquel cette personne n’a pas accès, et effacer cette page de votre historique.",
  },
  note: {
    en: "Poise is a tool for self-understanding, not a diagnosis or a treatment. This message appears because of words in what you wrote; Poise has not alerted anyone, and reaching out is your choice. Contact details checked on {date}.",
    fr: "Poise est un outil pour mieux se comprendre, pas un diagnostic ni un traitement. Ce message s’affiche à cause de mots dans ce que vous avez écrit ; Poise n’a prévenu personne, et c’est vous qui choisissez de demander de l’aide. Coordonnées vérifiées le {date}.",
  },
} satisfies Record<string, LocalizedText>;
