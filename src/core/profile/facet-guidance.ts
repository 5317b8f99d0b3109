import type { LocalizedText } from "../locale";

/**
 * For each facet: what it can look like in daily life, and one small first step. Written to invite,
 * never to label; each first step is a single action a person could try this week.
 */
export const facetGuidance: Record<string, { dailyLife: LocalizedText; firstStep: LocalizedText }> = {
  "reassurance-seeking": {
    dailyLife: {
      en: "You may find yourself looking for a kind word or a sign that all is well, and the calm it brings fades quickly.",
      fr: "Il vous arrive peut-être de chercher un mot gentil ou un signe que tout va bien, et l’apaisement qu’il apporte retombe vite.",
    },
    firstStep: {
      en: "Next time you feel the urge to ask for reassurance, wait ten minutes and notice what the feeling does on its own.",
      fr: "La prochaine fois que vous ressentez le besoin d’une parole rassurante, attendez dix minutes et observez ce que devient ce besoin de lui-même.",
    },
  },
  "fear-of-abandonment": {
    dailyLife: {
      en: "A slow reply or a quiet day can set off worries about the relationship that are hard to put down.",
      fr: "Une réponse qui tarde ou une journée sans nouvelles peut faire naître des inquiétudes sur la relation, difficiles à mettre de côté.",
    },
    firstStep: {
      en: "When a silence worries you, write down what you fear, then one other, kinder explanation for it.",
      fr: "Quand un silence vous inquiète, notez ce que vous craignez, puis une autre explication, plus bienveillante.",
    },
  },
  "discomfort-alone": {
    dailyLife: {
      en: "Time on your own can feel restless or empty, so plans and messages tend to fill it.",
      fr: "Le temps passé sans personne peut sembler agité ou vide, et les projets ou les messages finissent par le remplir.",
    },
    firstStep: {
      en: "Choose one short, pleasant thing to do on your own this week, like a walk or a meal, and notice how it goes.",
      fr: "Choisissez cette semaine une courte activité agréable à faire sans personne, comme une promenade ou un repas, et observez comment cela se passe.",
    },
  },
  "decision-dependence": {
    dailyLife: {
      en: "Choices can feel unfinished until someone else has weighed in, even when you already sense your answer.",
      fr: "Un choix peut sembler en suspens tant que quelqu’un d’autre n’a pas donné son avis, même quand vous pressentez déjà votre réponse.",
    },
    firstStep: {
      en: "Make one small decision today without asking anyone, and note afterwards how it turned out.",
      fr: "Prenez aujourd’hui une petite décision sans demander l’avis de personne, puis notez comment cela s’est passé.",
    },
  },
  "regulating-through-others": {
    dailyLife: {
      en: "When emotions run high, calm tends to return mainly once someone else is there to talk to.",
      fr: "Quand les émotions montent, le calme revient surtout une fois que quelqu’un est là pour en parler.",
    },
    firstStep: {
      en: "When a strong feeling comes, name it and take five slow breaths before you reach out to anyone.",
      fr: "Quand une émotion forte arrive, nommez-la et prenez cinq respirations lentes avant de contacter qui que ce soit.",
    },
  },
  "refusing-support": {
    dailyLife: {
      en: "You tend to carry things on your own and wave away offers of help, even on heavy days.",
      fr: "Vous avez tendance à tout porter sans aide et à décliner les coups de main, même les jours difficiles.",
    },
    firstStep: {
      en: "Ask someone you trust for one small, concrete favour this week.",
      fr: "Demandez cette semaine un petit service concret à une personne de confiance.",
    },
  },
  "withholding-feelings": {
    dailyLife: {
      en: "What you feel often stays inside, so the people close to you may not know what you are going through.",
      fr: "Ce que vous ressentez reste souvent à l’intérieur, si bien que vos proches ne savent pas toujours ce que vous traversez.",
    },
    firstStep: {
      en: "Share one feeling from your day with someone close to you, in a single sentence.",
      fr: "Partagez avec un proche une émotion de votre journée, en une seule phrase.",
    },
  },
  "discomfort-with-closeness": {
    dailyLife: {
      en: "When things get warm or personal, part of you wants to step back or change the subject.",
      fr: "Quand la relation devient chaleureuse ou personnelle, une part de vous a envie de reculer ou de changer de sujet.",
    },
    firstStep: {
      en: "Next time closeness feels like a lot, stay for one more minute and notice what happens.",
      fr: "La prochaine fois que la proximité vous semble intense, restez une minute de plus et observez ce qui se passe.",
    },
  },
  "self-regulation": {
    dailyLife: {
      en: "Strong feelings can take over for a while before you find your footing again.",
      fr: "Les émotions fortes peuvent prendre toute la place un moment, avant que vous retrouviez votre équilibre.",
    },
    firstStep: {
      en: "Once a day, pause and name what you feel in one or two words.",
      fr: "Une fois par jour, faites une pause et nommez ce que vous ressentez en un ou deux mots.",
    },
  },
  "decision-confidence": {
    dailyLife: {
      en: "Choices can stay open for a long time, and it may be hard to tell which values should guide them.",
      fr: "Les choix peuvent rester longtemps ouverts, et il n’est pas toujours facile de savoir quelles valeurs doivent les guider.",
    },
    firstStep: {
      en: "Write down three values that matter to you, and check one upcoming choice against them.",
      fr: "Notez trois valeurs qui comptent pour vous, puis regardez un choix à venir à leur lumière.",
    },
  },
  "inner-validation": {
    dailyLife: {
      en: "How you feel about yourself may rise and fall with other people's comments.",
      fr: "L’image que vous avez de vous peut monter et descendre au gré des remarques des autres.",
    },
    firstStep: {
      en: "Each evening this week, write down one thing you did well, in your own words.",
      fr: "Chaque soir cette semaine, notez une chose que vous avez bien faite, avec vos propres mots.",
    },
  },
  "comfortable-solitude": {
    dailyLife: {
      en: "Time on your own may feel more like a gap to fill than time that belongs to you.",
      fr: "Le temps pour vous ressemble peut-être davantage à un vide à combler qu’à un moment qui vous appartient.",
    },
    firstStep: {
      en: "Plan one hour for yourself this week, doing something you enjoy, and keep it like an appointment.",
      fr: "Prévoyez cette semaine une heure rien que pour vous, consacrée à quelque chose que vous aimez, et tenez-la comme un rendez-vous.",
    },
  },
  "expressing-needs": {
    dailyLife: {
      en: "Needs may come out as hints, hopes or frustration rather than clear, kind words.",
      fr: "Vos besoins s’expriment peut-être par des allusions, des attentes muettes ou de l’agacement plutôt que par des mots clairs et bienveillants.",
    },
    firstStep: {
      en: "Prepare one sentence that starts with \u201cI would like\u2026\u201d and say it to someone close to you this week.",
      fr: "Préparez une phrase qui commence par « J’aimerais… » et dites-la à un proche cette semaine.",
    },
  },
  "support-by-choice": {
    dailyLife: {
      en: "Support may come from a single person, or out of habit rather than because it helps.",
      fr: "Le soutien vient peut-être d’une seule personne, ou par habitude plutôt que parce qu’il vous aide.",
    },
    firstStep: {
      en: "Before you next ask for advice, decide what you think first, and what you hope the other person will add.",
      fr: "Avant de demander conseil la prochaine fois, posez d’abord votre propre avis, et ce que vous espérez que l’autre y ajoute.",
    },
  },
  "respecting-independence": {
    dailyLife: {
      en: "Someone close having their own plans or friends can feel unsettling, and steering them may be tempting.",
      fr: "Les projets ou les amitiés d’un proche peuvent vous déstabiliser, et la tentation de les orienter peut être forte.",
    },
    firstStep: {
      en: "When someone close has plans without you, wish them a good time and plan something for yourself.",
      fr: "Quand un proche a des projets sans vous, souhaitez-lui un bon moment et prévoyez quelque chose pour vous.",
    },
  },
};
