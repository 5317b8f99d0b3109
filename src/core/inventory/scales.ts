import type { Scale } from "./types";

/**
 * The four scales of the Balance Inventory and their facets, exactly as PRODUCT.md section 2 names
 * them. Facet ids are stable: items, practices and stored profiles refer to them.
 *
 * Example: `scales.find((s) => s.id === "distance")?.facets.length` is 3.
 */
export const scales: Scale[] = [
  {
    id: "reliance",
    name: { en: "Reliance", fr: "Appui sur les autres" },
    description: {
      en: "How much your emotional steadiness rests on other people being there, reassuring you or approving.",
      fr: "À quel point votre équilibre émotionnel repose sur la présence des autres, leurs paroles rassurantes ou leur accord.",
    },
    facets: [
      {
        id: "reassurance-seeking",
        scale: "reliance",
        name: { en: "Seeking reassurance", fr: "Recherche de réassurance" },
        description: {
          en: "Checking again and again that you are loved, liked or doing well, and feeling unsettled until someone confirms it.",
          fr: "Vérifier souvent qu’on vous aime, qu’on vous apprécie ou que vous faites bien, et rester dans le doute tant que personne ne le confirme.",
        },
      },
      {
        id: "fear-of-abandonment",
        scale: "reliance",
        name: { en: "Fear of being left", fr: "Peur de perdre le lien" },
        description: {
          en: "Worrying that people close to you will drift away, and finding silences or slow replies hard to bear.",
          fr: "Craindre que vos proches s’éloignent, et trouver les silences ou les réponses tardives difficiles à vivre.",
        },
      },
      {
        id: "discomfort-alone",
        scale: "reliance",
        name: { en: "Unease on your own", fr: "Malaise dans la solitude" },
        description: {
          en: "Time by yourself feels empty or restless, so you look for company to fill it.",
          fr: "Le temps passé sans personne paraît vide ou agité, alors vous cherchez de la compagnie pour le remplir.",
        },
      },
      {
        id: "decision-dependence",
        scale: "reliance",
        name: { en: "Deciding through others", fr: "Décider à travers les autres" },
        description: {
          en: "Waiting for someone's opinion or approval before you feel able to choose, even for small things.",
          fr: "Attendre l’avis ou l’accord de quelqu’un avant de vous sentir capable de choisir, même pour de petites choses.",
        },
      },
      {
        id: "regulating-through-others",
        scale: "reliance",
        name: { en: "Calming down through others", fr: "Se calmer grâce aux autres" },
        description: {
          en: "Strong feelings settle mostly when someone else is there to soothe them.",
          fr: "Les émotions fortes s’apaisent surtout quand quelqu’un est là pour vous aider à retrouver le calme.",
        },
      },
    ],
  },
  {
    id: "distance",
    name: { en: "Distance", fr: "Distance" },
    description: {
      en: "How much independence has turned into keeping others at arm's length: avoiding need, help and closeness.",
      fr: "À quel point l’indépendance s’est transformée en mise à distance : éviter d’avoir besoin, d’être aidé ou d’être proche.",
    },
    facets: [
      {
        id: "refusing-support",
        scale: "distance",
        name: { en: "Turning down support", fr: "Refuser le soutien" },
        description: {
          en: "Handling everything alone and waving away help, even when it would make things lighter.",
          fr: "Tout porter sans aide et écarter l’aide, même quand elle allégerait les choses.",
        },
      },
      {
        id: "withholding-feelings",
        scale: "distance",
        name: { en: "Keeping feelings inside", fr: "Garder ses émotions pour soi" },
        description: {
          en: "Keeping what you feel and what you need to yourself, so others rarely see it.",
          fr: "Garder pour vous ce que vous ressentez et ce dont vous avez besoin, si bien que les autres le voient rarement.",
        },
      },
      {
        id: "discomfort-with-closeness",
        scale: "distance",
        name: { en: "Unease with closeness", fr: "Malaise face à la proximité" },
        description: {
          en: "Feeling the urge to step back when a relationship becomes warm or personal.",
          fr: "Ressentir le besoin de reculer quand une relation devient chaleureuse ou intime.",
        },
      },
    ],
  },
  {
    id: "self-trust",
    name: { en: "Self-trust", fr: "Confiance en soi" },
    description: {
      en: "The capacities of healthy independence: steadying yourself, choosing by your own lights, valuing yourself from within, enjoying your own company.",
      fr: "Les ressources d’une indépendance saine : retrouver son calme, choisir selon ses propres repères, se reconnaître de la valeur, apprécier sa propre compagnie.",
    },
    facets: [
      {
        id: "self-regulation",
        scale: "self-trust",
        name: { en: "Steadying yourself", fr: "Retrouver son calme" },
        description: {
          en: "Noticing and naming what you feel, and finding your balance again on your own.",
          fr: "Remarquer et nommer ce que vous ressentez, puis retrouver votre équilibre par vous-même.",
        },
      },
      {
        id: "decision-confidence",
        scale: "self-trust",
        name: { en: "Confident choices and values", fr: "Choix assumés et valeurs" },
        description: {
          en: "Knowing what matters to you and trusting your judgement when you choose.",
          fr: "Savoir ce qui compte pour vous et faire confiance à votre jugement au moment de choisir.",
        },
      },
      {
        id: "inner-validation",
        scale: "self-trust",
        name: { en: "Valuing yourself from within", fr: "Se reconnaître de la valeur" },
        description: {
          en: "A sense of worth that holds steady without needing others to confirm it.",
          fr: "Un sentiment de valeur qui tient bon sans que les autres aient à le confirmer.",
        },
      },
      {
        id: "comfortable-solitude",
        scale: "self-trust",
        name: { en: "At ease in your own company", fr: "Bien en sa propre compagnie" },
        description: {
          en: "Time alone feels restful and yours, rather than something to escape.",
          fr: "Le temps pour soi est reposant et vous appartient, au lieu d’être quelque chose à fuir.",
        },
      },
    ],
  },
  {
    id: "connection",
    name: { en: "Connection", fr: "Lien" },
    description: {
      en: "The capacities of healthy interdependence: saying what you need, leaning on others by choice, leaving others free.",
      fr: "Les ressources d’une interdépendance saine : dire ce dont on a besoin, s’appuyer sur les autres par choix, laisser l’autre libre.",
    },
    facets: [
      {
        id: "expressing-needs",
        scale: "connection",
        name: { en: "Saying what you need", fr: "Exprimer ses besoins" },
        description: {
          en: "Putting your needs into clear, kind words, without making the other person responsible for them.",
          fr: "Mettre des mots clairs et bienveillants sur vos besoins, sans en rendre l’autre responsable.",
        },
      },
      {
        id: "support-by-choice",
        scale: "connection",
        name: { en: "Support by choice", fr: "Du soutien choisi" },
        description: {
          en: "Turning to others because it helps, not out of habit or fear, and from more than one person.",
          fr: "Vous tourner vers les autres parce que cela vous aide, et non par habitude ou par peur, et auprès de plus d’une personne.",
        },
      },
      {
        id: "respecting-independence",
        scale: "connection",
        name: { en: "Leaving others free", fr: "Respecter la liberté de l’autre" },
        description: {
          en: "Being glad that the people you love have their own time, friends and choices.",
          fr: "Vous réjouir que les personnes que vous aimez aient leur propre temps, leurs amis et leurs choix.",
        },
      },
    ],
  },
];
