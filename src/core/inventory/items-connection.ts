import type { ItemContent } from "./parameters";

/**
 * Connection items: the capacities of healthy interdependence. Ids never change meaning; a reworded
 * statement with a new meaning gets a new id.
 */
export const connectionItems: ItemContent[] = [
  // Saying what you need
  {
    id: "con-01",
    facet: "expressing-needs",
    reverse: false,
    intensity: 3,
    text: {
      en: "I can tell someone close to me clearly what I need.",
      fr: "Je sais dire clairement à un proche ce dont j’ai besoin.",
    },
  },
  {
    id: "con-02",
    facet: "expressing-needs",
    reverse: false,
    intensity: 3,
    text: {
      en: "When something bothers me in a relationship, I bring it up kindly.",
      fr: "Quand quelque chose me gêne dans une relation, j’en parle avec bienveillance.",
    },
  },
  {
    id: "con-03",
    facet: "expressing-needs",
    reverse: false,
    intensity: 4,
    text: {
      en: "I talk about my feelings without blaming the other person for them.",
      fr: "Je parle de ce que je ressens sans en faire porter la faute à l’autre.",
    },
  },
  {
    id: "con-04",
    facet: "expressing-needs",
    reverse: false,
    intensity: 2,
    text: {
      en: "When I miss someone, I can ask to spend time together.",
      fr: "Quand quelqu’un me manque, je sais lui proposer qu’on se voie.",
    },
  },
  {
    id: "con-05",
    facet: "expressing-needs",
    reverse: true,
    intensity: 3,
    text: {
      en: "I drop hints and hope the other person works out what I need.",
      fr: "Je lance des allusions en espérant que l’autre devine ce dont j’ai besoin.",
    },
  },
  {
    id: "con-17",
    facet: "expressing-needs",
    reverse: false,
    intensity: 3,
    text: {
      en: "When I need some space, I say so plainly.",
      fr: "Quand j’ai besoin d’un peu d’espace, je le dis simplement.",
    },
  },
  // Support by choice
  {
    id: "con-06",
    facet: "support-by-choice",
    reverse: false,
    intensity: 3,
    text: {
      en: "When I ask for advice, I still make the final call myself.",
      fr: "Quand je demande conseil, c’est quand même moi qui tranche au bout du compte.",
    },
  },
  {
    id: "con-07",
    facet: "support-by-choice",
    reverse: false,
    intensity: 3,
    text: {
      en: "I choose who to turn to for support depending on what I need.",
      fr: "Je choisis vers qui me tourner pour du soutien selon ce dont j’ai besoin.",
    },
  },
  {
    id: "con-08",
    facet: "support-by-choice",
    reverse: false,
    intensity: 3,
    text: {
      en: "There are several people I can lean on, not just one.",
      fr: "Je peux compter sur plusieurs personnes, pas sur une seule.",
    },
  },
  {
    id: "con-09",
    facet: "support-by-choice",
    reverse: false,
    intensity: 2,
    text: {
      en: "Talking things through with someone I trust helps me see more clearly.",
      fr: "En parler avec quelqu’un de confiance m’aide à y voir plus clair.",
    },
  },
  {
    id: "con-10",
    facet: "support-by-choice",
    reverse: true,
    intensity: 3,
    text: {
      en: "I ask for other people's opinions out of habit, even when I already know what I think.",
      fr: "Je demande l’avis des autres par habitude, même quand je sais déjà ce que j’en pense.",
    },
  },
  {
    id: "con-18",
    facet: "support-by-choice",
    reverse: true,
    intensity: 3,
    text: {
      en: "I turn to the same one person for almost everything.",
      fr: "Je me tourne vers la même personne pour presque tout.",
    },
  },
  // Leaving others free
  {
    id: "con-11",
    facet: "respecting-independence",
    reverse: false,
    intensity: 2,
    text: {
      en: "I'm glad when someone close to me has plans of their own.",
      fr: "Ça me fait plaisir quand un proche a ses propres projets.",
    },
  },
  {
    id: "con-12",
    facet: "respecting-independence",
    reverse: false,
    intensity: 3,
    text: {
      en: "When someone close to me spends time with other friends, I'm happy for them.",
      fr: "Quand un proche passe du temps avec d’autres amis, je m’en réjouis.",
    },
  },
  {
    id: "con-13",
    facet: "respecting-independence",
    reverse: false,
    intensity: 2,
    text: {
      en: "When someone close to me needs time to themselves, I respect it.",
      fr: "Quand un proche a besoin de temps pour soi, je le respecte.",
    },
  },
  {
    id: "con-14",
    facet: "respecting-independence",
    reverse: false,
    intensity: 4,
    text: {
      en: "I can let someone close to me make choices I wouldn't make.",
      fr: "Je peux laisser un proche faire des choix que je ne ferais pas moi-même.",
    },
  },
  {
    id: "con-15",
    facet: "respecting-independence",
    reverse: true,
    intensity: 3,
    text: {
      en: "It hurts me when someone close to me does things without me.",
      fr: "Ça me blesse quand un proche fait des choses sans moi.",
    },
  },
  {
    id: "con-16",
    facet: "respecting-independence",
    reverse: true,
    intensity: 2,
    text: {
      en: "I try to steer how the people close to me spend their free time.",
      fr: "J’essaie d’orienter la façon dont mes proches occupent leur temps libre.",
    },
  },
];
