import type { ItemContent } from "./parameters";

/**
 * Distance items: independence turned into keeping others at arm's length (avoiding need, help and
 * closeness). Ids never change meaning; a reworded statement with a new meaning gets a new id.
 */
export const distanceItems: ItemContent[] = [
  // Turning down support
  {
    id: "dis-01",
    facet: "refusing-support",
    reverse: false,
    intensity: 3,
    text: {
      en: "I would rather struggle on my own than ask for help.",
      fr: "Je préfère me débrouiller dans la difficulté plutôt que de demander de l’aide.",
    },
  },
  {
    id: "dis-02",
    facet: "refusing-support",
    reverse: false,
    intensity: 3,
    text: {
      en: "When someone offers to help me, I quickly say I'm fine.",
      fr: "Quand on me propose de l’aide, je réponds vite que tout va bien.",
    },
  },
  {
    id: "dis-03",
    facet: "refusing-support",
    reverse: false,
    intensity: 4,
    text: {
      en: "Needing other people makes me feel weak.",
      fr: "Avoir besoin des autres me donne l’impression d’être faible.",
    },
  },
  {
    id: "dis-04",
    facet: "refusing-support",
    reverse: false,
    intensity: 5,
    text: {
      en: "Even when I'm worn out, I turn down the support people offer me.",
      fr: "Même à bout de forces, je décline le soutien qu’on me propose.",
    },
  },
  {
    id: "dis-05",
    facet: "refusing-support",
    reverse: true,
    intensity: 3,
    text: {
      en: "Accepting help from others comes easily to me.",
      fr: "Accepter l’aide des autres m’est facile.",
    },
  },
  {
    id: "dis-06",
    facet: "refusing-support",
    reverse: true,
    intensity: 3,
    text: {
      en: "When things get hard, I let the people close to me lend a hand.",
      fr: "Quand les choses se compliquent, je laisse mes proches me donner un coup de main.",
    },
  },
  // Keeping feelings inside
  {
    id: "dis-07",
    facet: "withholding-feelings",
    reverse: false,
    intensity: 4,
    text: {
      en: "I keep my feelings to myself, even with people I trust.",
      fr: "Je garde mes émotions pour moi, même avec les personnes en qui j’ai confiance.",
    },
  },
  {
    id: "dis-08",
    facet: "withholding-feelings",
    reverse: false,
    intensity: 3,
    text: {
      en: "When something hurts me, I act as if nothing happened.",
      fr: "Quand quelque chose me blesse, je fais comme si de rien n’était.",
    },
  },
  {
    id: "dis-09",
    facet: "withholding-feelings",
    reverse: false,
    intensity: 3,
    text: {
      en: "Telling someone what I need feels like showing too much of myself.",
      fr: "Dire à quelqu’un ce dont j’ai besoin, c’est comme trop me dévoiler.",
    },
  },
  {
    id: "dis-10",
    facet: "withholding-feelings",
    reverse: false,
    intensity: 3,
    text: {
      en: "The people close to me often find out only later that I was going through a hard time.",
      fr: "Mes proches apprennent souvent après coup que je traversais une période difficile.",
    },
  },
  {
    id: "dis-11",
    facet: "withholding-feelings",
    reverse: true,
    intensity: 3,
    text: {
      en: "I let the people close to me see when I'm sad.",
      fr: "Je laisse mes proches voir quand je suis triste.",
    },
  },
  {
    id: "dis-12",
    facet: "withholding-feelings",
    reverse: true,
    intensity: 3,
    text: {
      en: "When something worries me, I share it with someone I trust.",
      fr: "Quand quelque chose me tracasse, je m’en ouvre à une personne de confiance.",
    },
  },
  // Unease with closeness
  {
    id: "dis-13",
    facet: "discomfort-with-closeness",
    reverse: false,
    intensity: 4,
    text: {
      en: "When someone gets emotionally close to me, I want to pull back.",
      fr: "Quand quelqu’un se rapproche de moi sur le plan affectif, j’ai envie de prendre du recul.",
    },
  },
  {
    id: "dis-14",
    facet: "discomfort-with-closeness",
    reverse: false,
    intensity: 3,
    text: {
      en: "I feel uneasy when a conversation becomes very personal.",
      fr: "Je me sens mal à l’aise quand une conversation devient très personnelle.",
    },
  },
  {
    id: "dis-15",
    facet: "discomfort-with-closeness",
    reverse: false,
    intensity: 2,
    text: {
      en: "I keep some distance in my relationships to protect myself.",
      fr: "Je garde une certaine distance dans mes relations pour me protéger.",
    },
  },
  {
    id: "dis-16",
    facet: "discomfort-with-closeness",
    reverse: false,
    intensity: 3,
    text: {
      en: "I tend to end time together sooner than the other person would like.",
      fr: "J’ai tendance à mettre fin aux moments passés ensemble avant que l’autre en ait envie.",
    },
  },
  {
    id: "dis-17",
    facet: "discomfort-with-closeness",
    reverse: true,
    intensity: 4,
    text: {
      en: "I enjoy long, heartfelt conversations with the people I care about.",
      fr: "J’aime les longues conversations à cœur ouvert avec les personnes qui comptent pour moi.",
    },
  },
  {
    id: "dis-18",
    facet: "discomfort-with-closeness",
    reverse: true,
    intensity: 3,
    text: {
      en: "I feel at ease when someone I love wants to be close to me.",
      fr: "Je me sens bien quand une personne que j’aime cherche à se rapprocher de moi.",
    },
  },
];
