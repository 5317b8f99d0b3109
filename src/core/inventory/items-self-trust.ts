import type { ItemContent } from "./parameters";

/**
 * Self-trust items: the capacities of healthy independence. Ids never change meaning; a reworded
 * statement with a new meaning gets a new id.
 */
export const selfTrustItems: ItemContent[] = [
  // Steadying yourself
  {
    id: "st-01",
    facet: "self-regulation",
    reverse: false,
    intensity: 2,
    text: {
      en: "When a strong emotion comes up, I can put a name to it.",
      fr: "Quand une émotion forte me traverse, je sais mettre un nom dessus.",
    },
  },
  {
    id: "st-02",
    facet: "self-regulation",
    reverse: false,
    intensity: 3,
    text: {
      en: "Even when I'm disappointed, I stay steady.",
      fr: "Même face à une déception, je garde mon équilibre.",
    },
  },
  {
    id: "st-03",
    facet: "self-regulation",
    reverse: false,
    intensity: 3,
    text: {
      en: "In a tense moment, I pause before I respond.",
      fr: "Dans un moment de tension, je prends un temps avant de réagir.",
    },
  },
  {
    id: "st-04",
    facet: "self-regulation",
    reverse: true,
    intensity: 3,
    text: {
      en: "One upsetting moment can throw off my whole day.",
      fr: "Un seul moment contrariant peut gâcher toute ma journée.",
    },
  },
  // Confident choices and values
  {
    id: "st-05",
    facet: "decision-confidence",
    reverse: false,
    intensity: 3,
    text: {
      en: "I trust my own judgement on the choices that shape my life.",
      fr: "Je fais confiance à mon propre jugement pour les choix qui orientent ma vie.",
    },
  },
  {
    id: "st-06",
    facet: "decision-confidence",
    reverse: false,
    intensity: 2,
    text: {
      en: "When I decide, I know which values matter most to me.",
      fr: "Quand je décide, je sais quelles valeurs comptent le plus pour moi.",
    },
  },
  {
    id: "st-07",
    facet: "decision-confidence",
    reverse: false,
    intensity: 3,
    text: {
      en: "Once I've made a decision, I can stand by it.",
      fr: "Une fois ma décision prise, je sais m’y tenir.",
    },
  },
  {
    id: "st-08",
    facet: "decision-confidence",
    reverse: true,
    intensity: 3,
    text: {
      en: "I go over my choices again and again, long after I've made them.",
      fr: "Je reviens sans cesse sur mes choix, longtemps après les avoir faits.",
    },
  },
  // Valuing yourself from within
  {
    id: "st-09",
    facet: "inner-validation",
    reverse: false,
    intensity: 3,
    text: {
      en: "I can feel proud of something even if nobody else notices it.",
      fr: "Je peux ressentir de la fierté pour quelque chose, même si personne d’autre ne le remarque.",
    },
  },
  {
    id: "st-10",
    facet: "inner-validation",
    reverse: false,
    intensity: 4,
    text: {
      en: "My sense of my own worth stays fairly steady from day to day.",
      fr: "Le regard que je porte sur moi reste assez stable d’un jour à l’autre.",
    },
  },
  {
    id: "st-11",
    facet: "inner-validation",
    reverse: false,
    intensity: 2,
    text: {
      en: "I can tell myself \u201cwell done\u201d and mean it.",
      fr: "Je sais me dire « bien joué » et le penser vraiment.",
    },
  },
  {
    id: "st-12",
    facet: "inner-validation",
    reverse: true,
    intensity: 4,
    text: {
      en: "A single critical remark can shake how I see myself.",
      fr: "Une seule remarque critique peut ébranler l’image que j’ai de moi.",
    },
  },
  // At ease in your own company
  {
    id: "st-13",
    facet: "comfortable-solitude",
    reverse: false,
    intensity: 2,
    text: {
      en: "I enjoy my own company.",
      fr: "J’apprécie ma propre compagnie.",
    },
  },
  {
    id: "st-14",
    facet: "comfortable-solitude",
    reverse: false,
    intensity: 2,
    text: {
      en: "Time alone helps me recharge.",
      fr: "Les moments pour moi m’aident à recharger mes batteries.",
    },
  },
  {
    id: "st-15",
    facet: "comfortable-solitude",
    reverse: false,
    intensity: 4,
    text: {
      en: "A whole weekend on my own feels easy to me.",
      fr: "Un week-end entier sans compagnie me paraît facile à vivre.",
    },
  },
  {
    id: "st-16",
    facet: "comfortable-solitude",
    reverse: true,
    intensity: 2,
    text: {
      en: "When the house is quiet, I feel a kind of emptiness.",
      fr: "Quand la maison est silencieuse, je ressens comme un vide.",
    },
  },
];
