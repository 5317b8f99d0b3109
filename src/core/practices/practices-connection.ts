import type { Practice } from "./practice";

/** Practices whose main facet belongs to Connection: closeness by choice, with room for both. */
export const connectionPractices: Practice[] = [
  {
    id: "i-statements",
    facets: ["expressing-needs", "withholding-feelings"],
    minutes: 10,
    title: { en: "I-statements for needs", fr: "Dire ses besoins en « je »" },
    why: {
      en: "A need said as “I feel … and I would like …” is easier to hear than a reproach, and it keeps your feelings in your hands while still asking for something.",
      fr: "Un besoin exprimé par « je ressens … et j’aimerais … » s’entend mieux qu’un reproche, et vous laisse maître de vos émotions tout en demandant quelque chose.",
    },
    steps: [
      {
        en: "Think of one need you have with someone close: small and concrete.",
        fr: "Pensez à un besoin que vous avez envers un proche : petit et concret.",
      },
      {
        en: "Write it in four parts: when … (the fact), I feel …, because I need …, would you be willing to …?",
        fr: "Écrivez-le en quatre temps : quand … (le fait), je ressens …, parce que j’ai besoin de …, serais-tu d’accord pour … ?",
      },
      {
        en: "Remove any “you always” or “you never”, and any guess about their intentions.",
        fr: "Retirez tout « tu fais toujours » ou « tu ne fais jamais », et toute supposition sur ses intentions.",
      },
      {
        en: "Say it out loud once to yourself, then to them when the moment is calm.",
        fr: "Dites-le une fois à voix haute pour vous, puis à cette personne quand le moment est calme.",
      },
    ],
    reflection: {
      en: "How did it feel to ask without blaming, and how was it received?",
      fr: "Qu’avez-vous ressenti en demandant sans reprocher, et comment cela a-t-il été accueilli ?",
    },
  },
  {
    id: "support-map",
    facets: ["support-by-choice", "refusing-support", "regulating-through-others"],
    minutes: 10,
    title: { en: "A support map", fr: "La carte de vos soutiens" },
    why: {
      en: "When all your support rests on one person, every absence feels like a threat. Spreading it over several people and resources makes each relationship lighter and freer.",
      fr: "Quand tout votre soutien repose sur une seule personne, chaque absence ressemble à une menace. Le répartir entre plusieurs personnes et ressources rend chaque relation plus légère et plus libre.",
    },
    steps: [
      { en: "Draw yourself in the middle of a page.", fr: "Dessinez-vous au centre d’une page." },
      {
        en: "Around you, write the people and things that help you: practical help, fun, hard days, advice, calm.",
        fr: "Autour, écrivez les personnes et les choses qui vous aident : l’aide pratique, les bons moments, les jours difficiles, les conseils, le calme.",
      },
      {
        en: "Notice where one name appears everywhere, and where a space stays empty.",
        fr: "Remarquez où un même nom revient partout, et où une case reste vide.",
      },
      {
        en: "Choose one small step to add a name or a resource to an empty space.",
        fr: "Choisissez un petit pas pour ajouter un nom ou une ressource dans une case vide.",
      },
    ],
    reflection: {
      en: "Who or what could support you that you have not been turning to?",
      fr: "Qui ou quoi pourrait vous soutenir, vers qui ou quoi vous ne vous tournez pas encore ?",
    },
  },
  {
    id: "repair-conversation",
    facets: ["expressing-needs", "discomfort-with-closeness", "fear-of-abandonment"],
    minutes: 10,
    title: { en: "A repair conversation", fr: "Une conversation pour réparer" },
    why: {
      en: "Disagreements do not end close relationships; leaving them unrepaired wears them down. A short, calm repair shows both of you that the bond holds through friction.",
      fr: "Les désaccords ne mettent pas fin aux relations proches ; c’est l’absence de réparation qui les use. Une réparation courte et calme montre à chacun que le lien tient malgré les frictions.",
    },
    steps: [
      {
        en: "Choose a recent small friction, not the biggest one, and a calm moment.",
        fr: "Choisissez une petite friction récente, pas la plus grosse, et un moment calme.",
      },
      {
        en: "Open with what you want: “I'd like us to be okay about yesterday.”",
        fr: "Commencez par ce que vous voulez : « J’aimerais qu’on se retrouve après ce qui s’est passé hier. »",
      },
      {
        en: "Name your part in one sentence, without taking on theirs.",
        fr: "Reconnaissez votre part en une phrase, sans prendre la sienne sur vous.",
      },
      {
        en: "Ask how it was for them, and listen to the end before replying.",
        fr: "Demandez comment l’autre l’a vécu, et écoutez jusqu’au bout avant de répondre.",
      },
    ],
    reflection: {
      en: "What did this conversation teach you about the other person, or about the bond between you?",
      fr: "Qu’est-ce que cette conversation vous a appris sur l’autre, ou sur le lien entre vous ?",
    },
  },
  {
    id: "their-plans-my-plans",
    facets: ["respecting-independence", "fear-of-abandonment", "discomfort-alone"],
    minutes: 5,
    title: { en: "Their plans, my plans", fr: "Ses projets, mes projets" },
    why: {
      en: "When someone close has plans without you, the evening can feel like a gap to get through. Planning something of your own makes it time that belongs to you, and leaves them free.",
      fr: "Quand un proche a des projets sans vous, la soirée peut ressembler à un vide à traverser. Prévoir quelque chose pour vous en fait un temps qui vous appartient, et lui laisse sa liberté.",
    },
    steps: [
      {
        en: "When you learn of their plans, notice your first feeling and name it.",
        fr: "Quand vous apprenez ses projets, repérez votre première émotion et nommez-la.",
      },
      {
        en: "Wish them a good time in one sentence, without asking for news along the way.",
        fr: "Souhaitez-lui un bon moment en une phrase, sans demander de nouvelles en cours de route.",
      },
      {
        en: "Plan one thing for yourself at the same time, something you look forward to.",
        fr: "Prévoyez une chose pour vous au même moment, quelque chose qui vous fait envie.",
      },
      {
        en: "Afterwards, tell them how your time went, as much as you ask about theirs.",
        fr: "Ensuite, racontez comment s’est passé votre temps, autant que vous vous intéressez au sien.",
      },
    ],
    reflection: {
      en: "What did you do with the time that was yours?",
      fr: "Qu’avez-vous fait de ce temps qui était le vôtre ?",
    },
  },
  {
    id: "curious-question",
    facets: ["respecting-independence"],
    minutes: 5,
    title: { en: "A curious question", fr: "Une question par curiosité" },
    why: {
      en: "Respecting someone's independence includes taking an interest in the parts of their life that do not involve you, without steering them back to you.",
      fr: "Respecter l’indépendance de quelqu’un, c’est aussi s’intéresser aux parts de sa vie qui ne vous concernent pas, sans les ramener vers vous.",
    },
    steps: [
      {
        en: "Think of something in their life that is theirs alone: a hobby, a friend, a project.",
        fr: "Pensez à une chose de sa vie qui n’appartient qu’à cette personne : une passion, une amitié, un projet.",
      },
      {
        en: "Ask one open question about it: “What do you enjoy most about it?”",
        fr: "Posez une question ouverte à ce sujet : « Qu’est-ce qui te plaît le plus là-dedans ? »",
      },
      {
        en: "Listen without bringing the subject back to you, or to the two of you.",
        fr: "Écoutez sans ramener le sujet vers vous, ou vers vous deux.",
      },
      {
        en: "Notice any unease their separate world stirs in you, and let it be there.",
        fr: "Remarquez l’éventuel malaise que son monde à part éveille en vous, et laissez-le exister.",
      },
    ],
    reflection: {
      en: "What did you learn about them that you did not know?",
      fr: "Qu’avez-vous appris sur cette personne que vous ne saviez pas ?",
    },
  },
];
