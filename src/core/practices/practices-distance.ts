import type { Practice } from "./practice";

/** Practices whose main facet belongs to Distance: letting others in, a little at a time. */
export const distancePractices: Practice[] = [
  {
    id: "share-one-feeling",
    facets: ["withholding-feelings", "expressing-needs"],
    minutes: 3,
    title: { en: "Share one feeling", fr: "Partager une émotion" },
    why: {
      en: "Keeping every feeling inside can feel safer, but it keeps others at a distance and leaves you carrying everything. Sharing one small feeling is a low-risk way to let someone in.",
      fr: "Tout garder pour soi peut sembler plus sûr, mais cela tient les autres à distance et vous laisse tout porter. Partager une petite émotion est une façon peu risquée de laisser quelqu’un entrer.",
    },
    steps: [
      {
        en: "Choose someone you trust at least a little, and a moment that is not rushed.",
        fr: "Choisissez une personne en qui vous avez au moins un peu confiance, et un moment sans précipitation.",
      },
      {
        en: "Pick one real but mild feeling from today: a bit of worry, a small joy, some tiredness.",
        fr: "Prenez une émotion réelle mais légère de la journée : un peu d’inquiétude, une petite joie, de la fatigue.",
      },
      {
        en: "Say it in one sentence, without explaining or apologising: “Today I felt a bit …”.",
        fr: "Dites-la en une phrase, sans vous justifier ni vous excuser : « Aujourd’hui, j’ai ressenti un peu de … ».",
      },
      {
        en: "Let the other person respond; you don't have to say more than you want to.",
        fr: "Laissez l’autre réagir ; vous n’avez pas à en dire plus que vous ne le souhaitez.",
      },
    ],
    reflection: {
      en: "What did you expect would happen, and what actually happened?",
      fr: "À quoi vous attendiez-vous, et que s’est-il réellement passé ?",
    },
  },
  {
    id: "ask-one-small-help",
    facets: ["refusing-support", "support-by-choice"],
    minutes: 3,
    title: { en: "Ask for one small help", fr: "Demander un petit coup de main" },
    why: {
      en: "Handling everything without anyone can turn into a wall. Asking for something small, that you could do yourself, lets you practise receiving without feeling in debt.",
      fr: "Tout gérer sans personne peut finir par dresser un mur. Demander une petite chose, que vous pourriez faire vous-même, permet de s’exercer à recevoir sans se sentir redevable.",
    },
    steps: [
      {
        en: "Pick a small, concrete request: a lift, an opinion on a choice you have already narrowed down, carrying something, a recommendation.",
        fr: "Choisissez une demande petite et concrète : un trajet, un avis sur un choix déjà presque fait, porter quelque chose, une recommandation.",
      },
      {
        en: "Ask simply, without a long justification: “Could you help me with …?”",
        fr: "Demandez simplement, sans longue justification : « Est-ce que tu pourrais m’aider à … ? »",
      },
      {
        en: "If the answer is yes, say thank you and nothing more: no need to pay it back straight away.",
        fr: "Si la réponse est oui, dites merci, sans plus : inutile de rendre la pareille tout de suite.",
      },
      {
        en: "If it is no, notice that the relationship is still there.",
        fr: "Si c’est non, remarquez que la relation est toujours là.",
      },
    ],
    reflection: {
      en: "What was harder: asking, or accepting?",
      fr: "Qu’est-ce qui a été le plus difficile : demander, ou accepter ?",
    },
  },
  {
    id: "one-more-minute",
    facets: ["discomfort-with-closeness"],
    minutes: 2,
    title: { en: "One more minute of closeness", fr: "Une minute de plus tout près" },
    why: {
      en: "When closeness becomes uncomfortable, stepping away brings relief and keeps the discomfort in place. Staying one minute longer, gently, teaches you that closeness can be safe.",
      fr: "Quand la proximité devient inconfortable, s’éloigner soulage mais entretient l’inconfort. Rester une minute de plus, en douceur, vous apprend que la proximité peut être sûre.",
    },
    steps: [
      {
        en: "Notice the moment you want to end a hug, a conversation or a shared silence.",
        fr: "Repérez le moment où vous avez envie de mettre fin à une étreinte, à une conversation ou à un silence partagé.",
      },
      {
        en: "Instead of leaving, breathe slowly and stay for about one more minute.",
        fr: "Au lieu de partir, respirez lentement et restez environ une minute de plus.",
      },
      {
        en: "Pay attention to one concrete thing: their voice, the warmth, what they are saying.",
        fr: "Portez attention à une chose concrète : sa voix, la chaleur, ce que la personne dit.",
      },
      {
        en: "Afterwards, rate how uncomfortable it was from 0 to 10.",
        fr: "Ensuite, notez l’inconfort de 0 à 10.",
      },
    ],
    reflection: {
      en: "What happened in that extra minute that you would have missed?",
      fr: "Que s’est-il passé pendant cette minute en plus, que vous auriez manqué ?",
    },
  },
  {
    id: "notice-withdraw-urge",
    facets: ["discomfort-with-closeness", "withholding-feelings"],
    minutes: 5,
    title: { en: "Notice the urge to withdraw", fr: "Repérer l’envie de se retirer" },
    why: {
      en: "Pulling away often happens on its own: a short answer, a closed door, a phone that suddenly needs you. Noticing the urge as it rises gives you a choice you did not have before.",
      fr: "Le retrait se fait souvent tout seul : une réponse brève, une porte fermée, un téléphone qui devient soudain très prenant. Repérer l’envie au moment où elle monte vous donne un choix que vous n’aviez pas.",
    },
    steps: [
      {
        en: "For one day, watch for the signs that you are pulling back: going quiet, changing the subject, reaching for your phone.",
        fr: "Pendant une journée, guettez les signes de retrait : vous taire, changer de sujet, attraper votre téléphone.",
      },
      {
        en: "Each time, name it silently: “here is the urge to step back”.",
        fr: "À chaque fois, nommez-le intérieurement : « tiens, l’envie de prendre du recul ».",
      },
      {
        en: "Ask yourself what the closeness was asking of you at that moment.",
        fr: "Demandez-vous ce que la proximité vous demandait à ce moment-là.",
      },
      {
        en: "Once today, stay instead, or say “I need a moment, I'll be back” and come back.",
        fr: "Une fois aujourd’hui, restez, ou dites « j’ai besoin d’un moment, je reviens » et revenez.",
      },
    ],
    reflection: {
      en: "What were you protecting yourself from when the urge came?",
      fr: "De quoi cherchiez-vous à vous protéger quand l’envie est venue ?",
    },
  },
  {
    id: "accept-one-offer",
    facets: ["refusing-support"],
    minutes: 2,
    title: { en: "Accept one offer", fr: "Accepter une aide proposée" },
    why: {
      en: "Saying “I'm fine, thanks” can become automatic. Accepting help that is offered, just once, lets people care for you and shows you that receiving does not make you smaller.",
      fr: "Répondre « ça va, merci » peut devenir automatique. Accepter une fois l’aide qu’on vous propose laisse les autres prendre soin de vous, et vous montre que recevoir ne vous diminue pas.",
    },
    steps: [
      {
        en: "This week, watch for an offer of help, a compliment or an invitation.",
        fr: "Cette semaine, guettez une offre d’aide, un compliment ou une invitation.",
      },
      {
        en: "Notice the automatic “no thanks” and pause before it comes out.",
        fr: "Repérez le « non merci » automatique et marquez une pause avant qu’il ne sorte.",
      },
      {
        en: "Say yes, or “thank you, that's kind”, and nothing more.",
        fr: "Dites oui, ou « merci, c’est gentil », sans rien ajouter.",
      },
      {
        en: "Notice what you feel while receiving, without judging it.",
        fr: "Observez ce que vous ressentez en recevant, sans le juger.",
      },
    ],
    reflection: {
      en: "What made accepting easy or hard this time?",
      fr: "Qu’est-ce qui a rendu l’acceptation facile ou difficile cette fois-ci ?",
    },
  },
];
