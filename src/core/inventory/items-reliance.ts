import type { ItemContent } from "./parameters";

/**
 * Reliance items: emotional steadiness resting on others' presence, reassurance and approval.
 * Ids never change meaning; a reworded statement with a new meaning gets a new id.
 */
export const relianceItems: ItemContent[] = [
  // Seeking reassurance
  {
    id: "rel-01",
    facet: "reassurance-seeking",
    reverse: false,
    intensity: 4,
    text: {
      en: "I often ask the people close to me whether they still care about me.",
      fr: "Je demande souvent à mes proches s’ils tiennent encore à moi.",
    },
  },
  {
    id: "rel-02",
    facet: "reassurance-seeking",
    reverse: false,
    intensity: 3,
    text: {
      en: "After I open up to someone, I need to hear that it was okay to do so.",
      fr: "Quand je me confie à quelqu’un, j’ai besoin qu’on me dise que j’ai bien fait.",
    },
  },
  {
    id: "rel-03",
    facet: "reassurance-seeking",
    reverse: false,
    intensity: 2,
    text: {
      en: "A kind word from someone close to me can change my whole day.",
      fr: "Un mot gentil d’un proche peut transformer toute ma journée.",
    },
  },
  {
    id: "rel-04",
    facet: "reassurance-seeking",
    reverse: true,
    intensity: 3,
    text: {
      en: "I feel secure about how the people close to me see me.",
      fr: "Je me sens en sécurité quant à la façon dont mes proches me voient.",
    },
  },
  // Fear of being left
  {
    id: "rel-05",
    facet: "fear-of-abandonment",
    reverse: false,
    intensity: 3,
    text: {
      en: "When someone close to me is slow to reply, I start to worry about us.",
      fr: "Quand un proche tarde à me répondre, je commence à m’inquiéter pour notre relation.",
    },
  },
  {
    id: "rel-06",
    facet: "fear-of-abandonment",
    reverse: false,
    intensity: 4,
    text: {
      en: "I worry that the people I love will end up leaving me.",
      fr: "J’ai peur que les personnes que j’aime finissent par s’en aller.",
    },
  },
  {
    id: "rel-07",
    facet: "fear-of-abandonment",
    reverse: false,
    intensity: 4,
    text: {
      en: "A few days with little news from someone close to me feel hard to bear.",
      fr: "Quelques jours presque sans nouvelles d’un proche me paraissent difficiles à supporter.",
    },
  },
  {
    id: "rel-08",
    facet: "fear-of-abandonment",
    reverse: true,
    intensity: 3,
    text: {
      en: "When someone close to me is busy for a while, I stay calm about our bond.",
      fr: "Quand un proche est pris par autre chose pendant un moment, je reste tranquille quant à notre lien.",
    },
  },
  // Unease on your own
  {
    id: "rel-09",
    facet: "discomfort-alone",
    reverse: false,
    intensity: 3,
    text: {
      en: "Spending an evening by myself makes me uneasy.",
      fr: "Passer une soirée sans personne me met mal à l’aise.",
    },
  },
  {
    id: "rel-10",
    facet: "discomfort-alone",
    reverse: false,
    intensity: 2,
    text: {
      en: "When I'm home alone, I soon reach for my phone to contact someone.",
      fr: "Quand je suis chez moi sans personne, je prends vite mon téléphone pour joindre quelqu’un.",
    },
  },
  {
    id: "rel-11",
    facet: "discomfort-alone",
    reverse: false,
    intensity: 4,
    text: {
      en: "I make plans mainly so that I won't have to be on my own.",
      fr: "Je remplis mon agenda surtout pour éviter de me retrouver face à moi-même.",
    },
  },
  {
    id: "rel-12",
    facet: "discomfort-alone",
    reverse: true,
    intensity: 4,
    text: {
      en: "A free day just for myself sounds restful.",
      fr: "Une journée libre, rien que pour moi, me paraît reposante.",
    },
  },
  // Deciding through others
  {
    id: "rel-13",
    facet: "decision-dependence",
    reverse: false,
    intensity: 2,
    text: {
      en: "Before a choice that matters, I need someone else's opinion.",
      fr: "Avant un choix important, il me faut l’avis de quelqu’un d’autre.",
    },
  },
  {
    id: "rel-14",
    facet: "decision-dependence",
    reverse: false,
    intensity: 4,
    text: {
      en: "I put off decisions until someone close to me approves.",
      fr: "Je repousse mes décisions jusqu’à ce qu’un proche les approuve.",
    },
  },
  {
    id: "rel-15",
    facet: "decision-dependence",
    reverse: false,
    intensity: 3,
    text: {
      en: "Even small choices, like what to order, feel easier when someone decides for me.",
      fr: "Même les petits choix, comme quoi commander au restaurant, me semblent plus simples quand quelqu’un tranche à ma place.",
    },
  },
  {
    id: "rel-16",
    facet: "decision-dependence",
    reverse: true,
    intensity: 4,
    text: {
      en: "Making everyday decisions by myself comes easily to me.",
      fr: "Prendre par moi-même les décisions du quotidien me vient facilement.",
    },
  },
  // Calming down through others
  {
    id: "rel-17",
    facet: "regulating-through-others",
    reverse: false,
    intensity: 3,
    text: {
      en: "When I'm upset, I need to talk to someone straight away to feel better.",
      fr: "Quand ça ne va pas, j’ai besoin d’en parler à quelqu’un tout de suite pour aller mieux.",
    },
  },
  {
    id: "rel-18",
    facet: "regulating-through-others",
    reverse: false,
    intensity: 2,
    text: {
      en: "My mood rises and falls with how things are going with the people close to me.",
      fr: "Mon humeur suit de près la façon dont les choses se passent avec mes proches.",
    },
  },
  {
    id: "rel-19",
    facet: "regulating-through-others",
    reverse: false,
    intensity: 4,
    text: {
      en: "If nobody close to me is around to calm me down, my worries keep growing.",
      fr: "Si aucun proche n’est là pour m’apaiser, mes inquiétudes ne font que grandir.",
    },
  },
  {
    id: "rel-20",
    facet: "regulating-through-others",
    reverse: true,
    intensity: 3,
    text: {
      en: "When something upsets me, I can settle myself before turning to anyone.",
      fr: "Quand quelque chose me bouleverse, j’arrive à retrouver mon calme avant de me tourner vers quelqu’un.",
    },
  },
];
