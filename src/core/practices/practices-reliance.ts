import type { Practice } from "./practice";

/** Practices whose main facet belongs to Reliance: leaning less on others to stay steady. */
export const reliancePractices: Practice[] = [
  {
    id: "decision-ladder",
    facets: ["decision-dependence", "decision-confidence"],
    minutes: 5,
    title: { en: "A ladder of small decisions", fr: "L’échelle des petites décisions" },
    why: {
      en: "Trust in your own judgement grows like a muscle: through small loads, repeated. Each decision you make on your own, and live with, is evidence that you can.",
      fr: "La confiance en votre jugement se construit comme un muscle : par de petits efforts répétés. Chaque décision que vous prenez par vous-même, et dont vous assumez la suite, vous prouve que vous en êtes capable.",
    },
    steps: [
      {
        en: "Pick today's rung: the lowest one that still feels a little uncomfortable.",
        fr: "Choisissez le barreau du jour : le plus bas qui vous semble encore un peu inconfortable.",
      },
      {
        en: "Make that decision without asking anyone first. Give yourself two minutes, no more.",
        fr: "Prenez cette décision sans demander l’avis de personne avant. Accordez-vous deux minutes, pas plus.",
      },
      {
        en: "Notice the urge to check with someone, and let it pass without acting on it.",
        fr: "Remarquez l’envie de vérifier auprès de quelqu’un, et laissez-la passer sans y céder.",
      },
      {
        en: "Afterwards, write one line: what you chose, and how it turned out.",
        fr: "Ensuite, notez une ligne : ce que vous avez choisi, et comment cela s’est passé.",
      },
      {
        en: "Stay on a rung until it feels easy, then climb one.",
        fr: "Restez sur un barreau jusqu’à ce qu’il vous paraisse facile, puis montez d’un cran.",
      },
    ],
    reflection: {
      en: "What did you feel just before deciding, and what did you feel an hour later?",
      fr: "Qu’avez-vous ressenti juste avant de décider, et une heure après ?",
    },
    rungs: [
      {
        en: "Choose what to eat or drink without asking what others would pick.",
        fr: "Choisir quoi manger ou boire sans demander ce que les autres prendraient.",
      },
      {
        en: "Pick a film, a book or a podcast for yourself, without looking up reviews or opinions.",
        fr: "Choisir un film, un livre ou un podcast pour vous, sans consulter d’avis ni de critiques.",
      },
      {
        en: "Buy a small thing you want without showing it to anyone first.",
        fr: "Acheter un petit objet qui vous fait envie sans le montrer à personne avant.",
      },
      {
        en: "Plan an afternoon or an evening for yourself, and tell others only afterwards.",
        fr: "Organiser un après-midi ou une soirée pour vous, et n’en parler qu’après.",
      },
      {
        en: "Answer an invitation, yes or no, on your own and within the day.",
        fr: "Répondre oui ou non à une invitation par vous-même, dans la journée.",
      },
      {
        en: "Make a medium-sized choice (a class, a haircut, a weekend plan) and share it as a decision, not as a question.",
        fr: "Faire un choix de taille moyenne (un cours, une coupe de cheveux, un projet de week-end) et l’annoncer comme une décision, pas comme une question.",
      },
    ],
  },
  {
    id: "solo-hour",
    facets: ["discomfort-alone", "comfortable-solitude"],
    minutes: 10,
    title: { en: "A solo hour, ten minutes at a time", fr: "Une heure à soi, dix minutes pour commencer" },
    why: {
      en: "Time alone is easier to enjoy once it is chosen rather than endured. Starting small, with something planned, turns empty time into your own time.",
      fr: "Le temps sans personne devient plus doux quand on le choisit au lieu de le subir. Commencer petit, avec une activité prévue, transforme un temps vide en un temps à vous.",
    },
    steps: [
      {
        en: "Set aside ten minutes today for yourself alone, phone on silent. Add a few minutes each week, towards a full hour.",
        fr: "Réservez aujourd’hui dix minutes rien que pour vous, téléphone en silencieux. Ajoutez quelques minutes chaque semaine, jusqu’à une heure entière.",
      },
      {
        en: "Choose beforehand one thing you enjoy doing on your own: music, drawing, a bath, cooking.",
        fr: "Choisissez à l’avance une activité que vous aimez faire de votre côté : musique, dessin, un bain, cuisiner.",
      },
      {
        en: "If unease comes, name it silently (“here is the unease”) and return to what you were doing.",
        fr: "Si un malaise arrive, nommez-le intérieurement (« tiens, voilà le malaise ») et revenez à ce que vous faisiez.",
      },
      {
        en: "At the end, rate from 1 to 5 how at ease you felt.",
        fr: "À la fin, notez de 1 à 5 votre aisance pendant ce moment.",
      },
    ],
    reflection: {
      en: "What did you like in this time alone, more than you expected?",
      fr: "Qu’avez-vous apprécié dans ce moment à vous, plus que vous ne l’auriez cru ?",
    },
  },
  {
    id: "reassurance-delay",
    facets: ["reassurance-seeking", "self-regulation"],
    minutes: 10,
    title: { en: "A reassurance delay", fr: "Un délai avant de se faire rassurer" },
    why: {
      en: "Reassurance brings quick relief, and the relief teaches the worry to come back sooner. Waiting a little before asking shows you that a worry can rise and fall by itself.",
      fr: "Se faire rassurer soulage vite, et ce soulagement apprend à l’inquiétude à revenir plus tôt. Attendre un peu avant de demander vous montre qu’une inquiétude peut monter puis redescendre d’elle-même.",
    },
    steps: [
      {
        en: "When you want to ask “are we okay?” or check a message again, note the time.",
        fr: "Quand vous avez envie de demander « est-ce que tout va bien entre nous ? » ou de revérifier un message, notez l’heure.",
      },
      {
        en: "Decide on a delay before asking: five minutes the first time, longer as it gets easier.",
        fr: "Fixez un délai avant de demander : cinq minutes la première fois, davantage quand cela devient plus facile.",
      },
      {
        en: "Meanwhile, keep your hands busy and rate the worry from 0 to 10 at the start and at the end.",
        fr: "Pendant ce temps, occupez vos mains et notez l’inquiétude de 0 à 10 au début et à la fin.",
      },
      {
        en: "When the delay is over, choose freely: ask, or let it go. Both are fine.",
        fr: "Une fois le délai écoulé, choisissez librement : demander, ou laisser tomber. Les deux se valent.",
      },
    ],
    reflection: {
      en: "What happened to the worry while you waited?",
      fr: "Qu’est devenue l’inquiétude pendant que vous attendiez ?",
    },
  },
  {
    id: "advice-audit",
    facets: ["decision-dependence", "support-by-choice"],
    minutes: 10,
    title: { en: "An advice audit: was it a choice?", fr: "Le tri des conseils : était-ce un choix ?" },
    why: {
      en: "Asking for advice is healthy when it is a choice. Looking back at the advice you sought this week shows which requests added something and which mostly spared you from deciding.",
      fr: "Demander conseil est sain quand c’est un choix. Revoir les conseils demandés cette semaine montre lesquels vous ont apporté quelque chose et lesquels vous évitaient surtout de décider.",
    },
    steps: [
      {
        en: "List the times you asked someone's opinion this week, as many as you remember.",
        fr: "Listez les fois où vous avez demandé l’avis de quelqu’un cette semaine, autant que vous vous en souvenez.",
      },
      {
        en: "For each one, write whether you already knew what you wanted before asking.",
        fr: "Pour chacune, indiquez si vous saviez déjà ce que vous vouliez avant de demander.",
      },
      {
        en: "Mark each as “chosen” (it brought knowledge or a view I lacked) or “habit” (I wanted permission, or to share the weight).",
        fr: "Marquez chacune « choix » (elle m’a apporté une connaissance ou un regard qui me manquait) ou « habitude » (je cherchais une permission, ou à partager le poids).",
      },
      {
        en: "Pick one “habit” situation that will come up again, and decide how you will handle it on your own next time.",
        fr: "Choisissez une situation « habitude » qui se reproduira, et décidez comment vous la traiterez par vous-même la prochaine fois.",
      },
    ],
    reflection: {
      en: "For you, what separates advice you chose from advice you needed to hear?",
      fr: "Pour vous, qu’est-ce qui distingue un conseil choisi d’un conseil qu’il vous fallait entendre ?",
    },
  },
  {
    id: "silence-stories",
    facets: ["fear-of-abandonment", "reassurance-seeking"],
    minutes: 10,
    title: { en: "Other stories for a silence", fr: "D’autres histoires pour un silence" },
    why: {
      en: "An unanswered message leaves a gap that the mind fills, often with the most painful story. Writing other possible stories loosens the grip of the first one.",
      fr: "Un message sans réponse laisse un vide que l’esprit remplit, souvent avec l’histoire la plus douloureuse. Écrire d’autres histoires possibles desserre l’emprise de la première.",
    },
    steps: [
      {
        en: "When a reply is late, write down the story your mind is telling you, word for word.",
        fr: "Quand une réponse tarde, écrivez mot pour mot l’histoire que votre esprit vous raconte.",
      },
      {
        en: "Write three other explanations that are at least as likely: a busy day, a flat battery, taking time to answer well.",
        fr: "Écrivez trois autres explications au moins aussi probables : une journée chargée, une batterie à plat, le temps de bien répondre.",
      },
      {
        en: "Rate how much you believe each one, from 0 to 100%.",
        fr: "Notez à quel point vous croyez à chacune, de 0 à 100 %.",
      },
      {
        en: "Do one thing for yourself before looking at your phone again.",
        fr: "Faites une chose pour vous avant de regarder à nouveau votre téléphone.",
      },
    ],
    reflection: {
      en: "When the reply came, which story was closest to what had happened?",
      fr: "Quand la réponse est arrivée, quelle histoire était la plus proche de ce qui s’était passé ?",
    },
  },
  {
    id: "self-soothing-kit",
    facets: ["regulating-through-others", "self-regulation"],
    minutes: 10,
    title: { en: "A self-soothing kit", fr: "Une trousse d’apaisement" },
    why: {
      en: "If calm only ever returns through someone else, their absence becomes the hardest moment. A short list of what soothes you on your own gives you a first resort, with others as a second, chosen one.",
      fr: "Si le calme ne revient que grâce à quelqu’un d’autre, son absence devient le moment le plus dur. Une courte liste de ce qui vous apaise par vous-même vous donne un premier recours, les autres devenant un second recours, choisi.",
    },
    steps: [
      {
        en: "Write down five things that calm you and need no one: a smell, a song, a drink, a place, a movement.",
        fr: "Écrivez cinq choses qui vous apaisent sans personne : une odeur, une chanson, une boisson, un lieu, un mouvement.",
      },
      {
        en: "Gather what you can in one place: a box, a folder, a note on your phone.",
        fr: "Rassemblez ce que vous pouvez en un seul endroit : une boîte, un dossier, une note dans votre téléphone.",
      },
      {
        en: "Try one of them now for three minutes and notice the effect.",
        fr: "Essayez-en une maintenant pendant trois minutes et observez l’effet.",
      },
      {
        en: "Next time a moment shakes you, open the kit before reaching out; reach out afterwards if you still wish to.",
        fr: "La prochaine fois qu’un moment vous bouscule, ouvrez la trousse avant de contacter quelqu’un ; contactez ensuite si vous le souhaitez toujours.",
      },
    ],
    reflection: {
      en: "Which item worked best, and in what kind of moment?",
      fr: "Quel élément a le mieux marché, et dans quel genre de moment ?",
    },
  },
];
