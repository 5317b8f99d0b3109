import type { LocalizedText } from "../locale";
import type { SafetySignal } from "./types";

/**
 * THE reviewed list of help resources Poise shows when a note suggests crisis or a controlling
 * relationship. One file, so a reviewer can check every number in one sitting.
 *
 * Review rule: every entry names the public pages its details were checked against and the date
 * (`checkedOn`). Numbers change; re-check each entry at least once a year and before each release.
 * Texts are ours, plain and non-judgemental; they describe what the service offers, never the person.
 *
 * Last full review: 2026-11-25, against stored copies of the pages listed in each entry (the copies
 * date from 2019 to 2025; see `sources`). One entry could not be fully confirmed and says so in
 * `reviewNote`.
 */
export const resourcesCheckedOn = "2026-11-25";

/** Where a person is: four countries with reviewed lines, and a fallback for everywhere else. */
export const regionCodes = ["FR", "GB", "US", "CA", "INTL"] as const;
export type RegionCode = (typeof regionCodes)[number];

/** How to reach a service. `href` is a tel:, sms: or https: link the web app can use as is. */
export interface ContactPoint {
  kind: "phone" | "text" | "url";
  /** What to show: "3114", "Text SHOUT to 85258", "988lifeline.org". */
  display: LocalizedText;
  href: string;
}

/** What a resource is for: emergencies (always shown first) or one of the signals. */
export type ResourcePurpose = "emergency" | SafetySignal;

export interface HelpResource {
  id: string;
  region: RegionCode;
  purposes: readonly ResourcePurpose[];
  name: LocalizedText;
  description: LocalizedText;
  availability: LocalizedText;
  contacts: readonly ContactPoint[];
  /** Public pages the details were checked against on `resourcesCheckedOn`. */
  sources: readonly string[];
  /** For reviewers only, never shown: what could not be confirmed. */
  reviewNote?: string;
}

const same = (text: string): LocalizedText => ({ en: text, fr: text });
const phone = (number: string, dial = number.replace(/[^\d+#]/g, "")): ContactPoint => ({
  kind: "phone",
  display: same(number),
  href: `tel:${dial}`,
});
const website = (address: string): ContactPoint => ({
  kind: "url",
  display: same(address),
  href: `https://${address}`,
});
const allDay: LocalizedText = { en: "24 hours a day, every day", fr: "24 h/24, 7 j/7" };

/** Every reviewed resource; `supportFor` picks a region's emergency services first, then its lines per signal. */
export const helpResources: readonly HelpResource[] = [
  // France
  {
    id: "fr-emergency",
    region: "FR",
    purposes: ["emergency"],
    name: { en: "Emergency services: 112, 15, 17", fr: "Urgences : 112, 15, 17" },
    description: {
      en: "If you are in danger now. 112 works from any phone; 15 is the medical emergency service (SAMU), 17 the police. If you cannot speak, you can send a text message to 114.",
      fr: "Si vous êtes en danger maintenant. Le 112 fonctionne depuis n’importe quel téléphone ; le 15 joint le SAMU, le 17 la police. Si vous ne pouvez pas parler, vous pouvez écrire un SMS au 114.",
    },
    availability: { en: "24 hours a day, every day, free", fr: "24 h/24, 7 j/7, gratuit" },
    contacts: [
      phone("112"),
      phone("15"),
      phone("17"),
      { kind: "text", display: { en: "Text 114", fr: "SMS au 114" }, href: "sms:114" },
    ],
    sources: [
      "https://www.112.hu/en/112_in_the_EU",
      "https://axaprevention.fr/fr/article/prevention-suicide-journee-mondiale",
      "https://informations.handicap.fr/a-114-n-durgence-pour-sourds-pas-assez-connu-36183.php",
      "https://avocats.paris/actualites-et-evenements/communique/lutte-contre-les-violences-conjugales-mobilisation-du-barreau-de-paris",
    ],
  },
  {
    id: "fr-3114",
    region: "FR",
    purposes: ["crisis"],
    name: {
      en: "3114, national suicide prevention line",
      fr: "3114, numéro national de prévention du suicide",
    },
    description: {
      en: "Health professionals trained in suicide prevention listen, help you through the moment and point you to care near you. You can also call for someone you are worried about.",
      fr: "Des professionnels de santé formés à la prévention du suicide vous écoutent, vous aident à traverser le moment et vous orientent vers une aide près de chez vous. Vous pouvez aussi appeler pour un proche qui vous inquiète.",
    },
    availability: {
      en: "24 hours a day, every day, free and confidential, mainland France and overseas",
      fr: "24 h/24, 7 j/7, gratuit et confidentiel, en métropole et outre-mer",
    },
    contacts: [phone("3114"), website("3114.fr")],
    sources: [
      "https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/",
      "https://cnape.fr/le-3114-numero-national-de-prevention-du-suicide",
      "https://www.francetvinfo.fr/sante/psycho-bien-etre/sante-mentale/suicides-le-numero-national-de-prevention-3114-a-recu-34000-appels-en-quatre-mois_4943130.html",
    ],
  },
  {
    id: "fr-3919",
    region: "FR",
    purposes: ["coercion"],
    name: { en: "3919, Violences Femmes Info", fr: "3919, Violences Femmes Info" },
    description: {
      en: "Listening and guidance for women facing violence, including from a partner or an ex, and for the people around them. Anonymous; the call does not show on the phone bill.",
      fr: "Écoute et orientation pour les femmes victimes de violences, y compris de la part d’un conjoint ou d’un ex, et pour leur entourage. Anonyme ; l’appel n’apparaît pas sur la facture.",
    },
    availability: {
      en: "24 hours a day, every day, free from landlines and mobiles",
      fr: "24 h/24, 7 j/7, gratuit depuis un fixe ou un mobile",
    },
    contacts: [phone("3919")],
    sources: [
      "https://solidaritefemmes.org/appeler-le-3919/",
      "https://www.tf1info.fr/societe/journee-internationale-de-lutte-conte-les-violences-faites-aux-femmes-ces-numeros-de-telephone-utiles-qu-il-faut-connaitre-2277414.html",
      "https://linfokwezi.fr/le-3919-accessible-24h-sur-24-pour-plus-toucher-les-femmes-outre-mer",
    ],
  },
  {
    id: "fr-arretons-les-violences",
    region: "FR",
    purposes: ["coercion"],
    name: { en: "arretonslesviolences.gouv.fr", fr: "arretonslesviolences.gouv.fr" },
    description: {
      en: "A discreet online chat with police officers and gendarmes trained in domestic violence, for anyone, whatever their gender. The site also explains how to erase your browsing traces.",
      fr: "Un tchat discret avec des policiers et gendarmes formés aux violences conjugales, pour toutes et tous. Le site explique aussi comment effacer ses traces de navigation.",
    },
    availability: {
      en: "24 hours a day, every day, free and anonymous",
      fr: "24 h/24, 7 j/7, gratuit et anonyme",
    },
    contacts: [website("arretonslesviolences.gouv.fr")],
    sources: [
      "https://guide-administratif.fr/actualite/A13977",
      "https://lebpe.fr/lebpe/2020/12/17/violences-conjugales-dispositifs-dalerte-et-de-secours-a-faire-connaitre/",
    ],
  },
  // United Kingdom
  {
    id: "gb-emergency",
    region: "GB",
    purposes: ["emergency"],
    name: { en: "Emergency services: 999", fr: "Urgences : 999" },
    description: {
      en: "If you are in danger now. If you call from a mobile and cannot speak, stay on the line and press 55 when asked: the call goes through to the police (the Silent Solution).",
      fr: "Si vous êtes en danger maintenant. Si vous appelez d’un mobile sans pouvoir parler, restez en ligne et tapez 55 quand on vous le demande : l’appel est transmis à la police (« Silent Solution »).",
    },
    availability: { en: "24 hours a day, every day, free", fr: "24 h/24, 7 j/7, gratuit" },
    contacts: [phone("999"), phone("112")],
    sources: [
      "https://www.iow.gov.uk/housing-and-adult-social-care/adult-social-care/adult-safeguarding/immediate-danger/",
      "https://www.dahalliance.org.uk/guidance-publications/i-am-experiencing-domestic-abuse/",
      "https://www.112.hu/en/112_in_the_EU",
    ],
  },
  {
    id: "gb-samaritans",
    region: "GB",
    purposes: ["crisis"],
    name: { en: "Samaritans", fr: "Samaritans" },
    description: {
      en: "Someone to talk to, whatever you are going through, without judgement. The number does not show on your phone bill. You can also email jo@samaritans.org.",
      fr: "Quelqu’un à qui parler, quoi que vous traversiez, sans jugement. Le numéro n’apparaît pas sur la facture. Vous pouvez aussi écrire à jo@samaritans.org (en anglais).",
    },
    availability: { en: "24 hours a day, every day, free", fr: "24 h/24, 7 j/7, gratuit" },
    contacts: [phone("116 123"), website("www.samaritans.org")],
    sources: [
      "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
      "https://civilsociety.co.uk/news/samaritans-helpline-now-free-to-call.html",
      "https://london.sunderland.ac.uk/about/news-home/health-wellbeing/samaritans",
    ],
  },
  {
    id: "gb-shout",
    region: "GB",
    purposes: ["crisis"],
    name: { en: "Shout 85258", fr: "Shout 85258" },
    description: {
      en: "A text conversation with a trained volunteer, for anyone in the UK who is struggling to cope and would rather write than talk.",
      fr: "Une conversation par SMS avec un bénévole formé, pour toute personne au Royaume-Uni qui a du mal à faire face et préfère écrire que parler (en anglais).",
    },
    availability: { en: "24 hours a day, every day, free", fr: "24 h/24, 7 j/7, gratuit" },
    contacts: [
      {
        kind: "text",
        display: { en: "Text SHOUT to 85258", fr: "SMS « SHOUT » au 85258" },
        href: "sms:85258?body=SHOUT",
      },
    ],
    sources: ["https://giveusashout.org/about-us/faq/", "https://www.giveusashout.org/faqs/"],
  },
  {
    id: "gb-national-domestic-abuse-helpline",
    region: "GB",
    purposes: ["coercion"],
    name: {
      en: "National Domestic Abuse Helpline (Refuge)",
      fr: "National Domestic Abuse Helpline (Refuge)",
    },
    description: {
      en: "Confidential support for anyone experiencing domestic abuse, whether it is physical, emotional, financial, sexual or coercive control. On the website you can ask to be called back at a time that is safe for you.",
      fr: "Un soutien confidentiel pour toute personne qui subit des violences conjugales, qu’elles soient physiques, psychologiques, financières, sexuelles ou un contrôle coercitif. Sur le site, vous pouvez demander qu’on vous rappelle à un moment sûr pour vous (en anglais).",
    },
    availability: { en: "24 hours a day, every day, free", fr: "24 h/24, 7 j/7, gratuit" },
    contacts: [phone("0808 2000 247"), website("www.nationaldahelpline.org.uk")],
    sources: [
      "https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19",
      "https://refuge.org.uk/news/refuge-response-to-home-secretary-announcement-of-support-for-domestic-abuse-victims",
    ],
  },
  // United States
  {
    id: "us-emergency",
    region: "US",
    purposes: ["emergency"],
    name: { en: "Emergency services: 911", fr: "Urgences : 911" },
    description: {
      en: "If you are in danger now, or might act on thoughts of ending your life.",
      fr: "Si vous êtes en danger maintenant, ou si vous risquez de passer à l’acte.",
    },
    availability: { en: "24 hours a day, every day, free", fr: "24 h/24, 7 j/7, gratuit" },
    contacts: [phone("911")],
    sources: ["https://www.justice.gov/ovw/areas-focus", "https://contactlistens.org/get-help/"],
  },
  {
    id: "us-988",
    region: "US",
    purposes: ["crisis"],
    name: { en: "988 Suicide & Crisis Lifeline", fr: "988 Suicide & Crisis Lifeline" },
    description: {
      en: "Trained crisis counselors by call, text or online chat, for thoughts of suicide or any emotional distress, or if you are worried about someone. Spanish is available by phone.",
      fr: "Des écoutants formés, par appel, SMS ou tchat, pour des pensées suicidaires ou toute détresse, ou si vous vous inquiétez pour quelqu’un (en anglais ou en espagnol).",
    },
    availability: {
      en: "24 hours a day, every day, free and confidential",
      fr: "24 h/24, 7 j/7, gratuit et confidentiel",
    },
    contacts: [
      phone("988"),
      { kind: "text", display: { en: "Text 988", fr: "SMS au 988" }, href: "sms:988" },
      website("988lifeline.org"),
    ],
    sources: [
      "https://www.mcphs.edu/student-life/counseling-services/emergency-services/988-suicide-and-crisis-lifeline",
      "https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline",
    ],
  },
  {
    id: "us-national-domestic-violence-hotline",
    region: "US",
    purposes: ["coercion"],
    name: { en: "National Domestic Violence Hotline", fr: "National Domestic Violence Hotline" },
    description: {
      en: "Advocates who listen, help you make a safety plan and find local help, whether you want to stay, leave or simply understand what is happening. If calling is not safe, you can text or chat.",
      fr: "Des intervenants qui écoutent, aident à préparer un plan de sécurité et à trouver de l’aide près de chez vous, que vous souhaitiez rester, partir ou simplement comprendre ce qui se passe. Si appeler n’est pas sûr, vous pouvez écrire (en anglais ou en espagnol).",
    },
    availability: {
      en: "24 hours a day, every day, free and confidential",
      fr: "24 h/24, 7 j/7, gratuit et confidentiel",
    },
    contacts: [
      phone("1-800-799-7233", "+18007997233"),
      {
        kind: "text",
        display: { en: "Text START to 88788", fr: "SMS « START » au 88788" },
        href: "sms:88788?body=START",
      },
      website("www.thehotline.org"),
    ],
    sources: [
      "https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts",
      "https://areachbeyondthesurface.org/the-national-domestic-violence-hotline-a-lifeline-for-those-in-crisis",
    ],
  },
  // Canada
  {
    id: "ca-emergency",
    region: "CA",
    purposes: ["emergency"],
    name: { en: "Emergency services: 911", fr: "Urgences : 911" },
    description: {
      en: "If you are in danger now. Where 911 does not answer, call your local emergency number.",
      fr: "Si vous êtes en danger maintenant. Là où le 911 ne répond pas, composez le numéro d’urgence local.",
    },
    availability: { en: "24 hours a day, every day, free", fr: "24 h/24, 7 j/7, gratuit" },
    contacts: [phone("911")],
    sources: [
      "https://endvaw.ca/covid-19-public/",
      "https://spvm.qc.ca/fr/Fiches/Details/Violence-conjugale-et-intrafamiliale",
    ],
  },
  {
    id: "ca-988",
    region: "CA",
    purposes: ["crisis"],
    name: { en: "9-8-8 Suicide Crisis Helpline", fr: "9-8-8 : Ligne d’aide en cas de crise de suicide" },
    description: {
      en: "Trained responders by call or text, in English or French, for anyone thinking about suicide or worried about someone.",
      fr: "Des intervenants formés, par appel ou texto, en français ou en anglais, pour toute personne qui pense au suicide ou s’inquiète pour quelqu’un.",
    },
    availability: { en: "24 hours a day, every day, free", fr: "24 h/24, 7 j/7, gratuit" },
    contacts: [
      phone("988"),
      { kind: "text", display: { en: "Text 988", fr: "Texto au 988" }, href: "sms:988" },
    ],
    sources: [
      "https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html",
      "https://cmhakelowna.com/blog/canadas-9-8-8-suicide-crisis-helpline-launches",
    ],
  },
  {
    id: "ca-sos-violence-conjugale",
    region: "CA",
    purposes: ["coercion"],
    name: { en: "SOS violence conjugale (Quebec)", fr: "SOS violence conjugale (Québec)" },
    description: {
      en: "Support, information and a place in a shelter if you need one, for anyone living with violence from a partner, in French or English.",
      fr: "Écoute, information et, au besoin, une place en maison d’hébergement, pour toute personne qui vit de la violence conjugale, en français ou en anglais.",
    },
    availability: {
      en: "24 hours a day, every day, free and confidential",
      fr: "24 h/24, 7 j/7, gratuit et confidentiel",
    },
    contacts: [phone("1-800-363-9010", "+18003639010"), website("sosviolenceconjugale.ca")],
    sources: [
      "https://www.accueil-pourelle.org/documentation/sos-violence-conjugale/",
      "http://www.sosviolenceconjugale.ca/?page_id=2701",
    ],
  },
  {
    id: "ca-assaulted-womens-helpline",
    region: "CA",
    purposes: ["coercion"],
    name: { en: "Assaulted Women's Helpline (Ontario)", fr: "Assaulted Women’s Helpline (Ontario)" },
    description: {
      en: "Crisis counselling, safety planning and referrals for women in Ontario, in many languages.",
      fr: "Écoute de crise, plan de sécurité et orientation pour les femmes en Ontario, dans de nombreuses langues.",
    },
    availability: {
      en: "24 hours a day, every day, free and anonymous",
      fr: "24 h/24, 7 j/7, gratuit et anonyme",
    },
    contacts: [phone("1-866-863-0511", "+18668630511"), website("www.awhl.org")],
    sources: ["https://www.awhl.org/covid-19", "https://cupe.on.ca/help/"],
    reviewNote:
      "Service, hours and scope confirmed (24/7, women in Ontario). The number 1-866-863-0511 comes from the project brief; none of the stored pages showed it. Confirm on awhl.org before release.",
  },
  {
    id: "ca-sheltersafe",
    region: "CA",
    purposes: ["coercion"],
    name: { en: "ShelterSafe.ca", fr: "ShelterSafe.ca" },
    description: {
      en: "A map of women's shelters across Canada with their 24-hour crisis lines. You do not need to stay in a shelter to call one.",
      fr: "Une carte des maisons d’hébergement pour femmes partout au Canada, avec leurs lignes de crise 24 h/24. Pas besoin d’y séjourner pour les appeler.",
    },
    availability: allDay,
    contacts: [website("sheltersafe.ca")],
    sources: ["https://sheltersafe.ca/about-shelters/", "https://endvaw.ca/covid-19-public/"],
  },
  // Everywhere else
  {
    id: "intl-emergency",
    region: "INTL",
    purposes: ["emergency"],
    name: { en: "Your local emergency number", fr: "Le numéro d’urgence local" },
    description: {
      en: "If you are in danger now, call the emergency number of the country you are in. From a mobile phone, 112 reaches emergency services in the European Union and in many other countries.",
      fr: "Si vous êtes en danger maintenant, appelez le numéro d’urgence du pays où vous êtes. Depuis un mobile, le 112 joint les secours dans l’Union européenne et dans de nombreux autres pays.",
    },
    availability: allDay,
    contacts: [phone("112")],
    sources: [
      "https://www.112.hu/en/112_in_the_EU",
      "https://review.trendsmask.com/what-is-112-number-86728.html",
    ],
  },
  {
    id: "intl-find-a-helpline",
    region: "INTL",
    purposes: ["crisis", "coercion"],
    name: { en: "Find A Helpline", fr: "Find A Helpline" },
    description: {
      en: "A directory of free, confidential helplines by country and by topic, including suicide, emotional distress and abuse.",
      fr: "Un annuaire de lignes d’écoute gratuites et confidentielles, par pays et par sujet, dont le suicide, la détresse et les violences.",
    },
    availability: {
      en: "Online at any time; each helpline keeps its own hours",
      fr: "En ligne à toute heure ; chaque ligne a ses propres horaires",
    },
    contacts: [website("findahelpline.com")],
    sources: ["https://findahelpline.com/AU"],
  },
];
