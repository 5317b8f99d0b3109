import type { Practice } from "./practice";

/** Practices whose main facet belongs to Self-trust: steadying and backing yourself. */
export const selfTrustPractices: Practice[] = [
  {
    id: "name-it-to-tame-it",
    facets: ["self-regulation", "regulating-through-others"],
    minutes: 3,
    title: { en: "Name it to tame it", fr: "Nommer pour apaiser" },
    why: {
      en: "Putting a precise word on a feeling tends to lower its intensity. No one else needs to be there, and it works in the middle of a hard moment.",
      fr: "Mettre un mot précis sur une émotion tend à en faire baisser l’intensité. Personne d’autre n’a besoin d’être là, et cela marche au cœur même d’un moment difficile.",
    },
    steps: [
      {
        en: "When a strong feeling rises, stop and take one slow breath.",
        fr: "Quand une émotion forte monte, arrêtez-vous et prenez une respiration lente.",
      },
      {
        en: "Find the most precise word you can: not just “bad”, but hurt, worried, jealous, embarrassed.",
        fr: "Cherchez le mot le plus juste possible : pas seulement « mal », mais blessure, inquiétude, jalousie, gêne.",
      },
      {
        en: "Say it to yourself in a full sentence: “I feel … because …”.",
        fr: "Dites-le-vous en une phrase complète : « Je ressens … parce que … ».",
      },
      {
        en: "Rate its strength from 0 to 10, wait two minutes, and rate it again.",
        fr: "Évaluez son intensité de 0 à 10, attendez deux minutes, puis évaluez-la à nouveau.",
      },
    ],
    reflection: {
      en: "Which word fitted best, and was the second number different from the first?",
      fr: "Quel mot était le plus juste, et le second chiffre était-il différent du premier ?",
    },
  },
  {
    id: "pause-reflect-respond",
    facets: ["self-regulation", "respecting-independence"],
    minutes: 2,
    title: { en: "Pause, reflect, respond", fr: "Pause, réflexion, réponse" },
    why: {
      en: "In a tense exchange, the first reaction is often the loudest part of a feeling, not the whole of what you think. A short pause lets you answer from what matters to you.",
      fr: "Dans un échange tendu, la première réaction traduit souvent la partie la plus bruyante d’une émotion, pas tout ce que vous pensez. Une courte pause vous laisse répondre à partir de ce qui compte pour vous.",
    },
    steps: [
      {
        en: "When you notice heat, tightness or the urge to reply at once, stop. Say “give me a moment” if you need to.",
        fr: "Quand vous sentez de la chaleur, une tension ou l’envie de répondre tout de suite, arrêtez-vous. Dites « laisse-moi un instant » si besoin.",
      },
      { en: "Breathe out slowly, three times.", fr: "Expirez lentement, trois fois." },
      {
        en: "Ask yourself: what do I feel, what do I need, what do I want this conversation to protect?",
        fr: "Demandez-vous : qu’est-ce que je ressens, de quoi ai-je besoin, qu’est-ce que je veux préserver dans cette conversation ?",
      },
      {
        en: "Then answer in one or two calm sentences, starting with what you noticed in yourself.",
        fr: "Puis répondez en une ou deux phrases calmes, en commençant par ce que vous avez remarqué en vous.",
      },
    ],
    reflection: {
      en: "What would you have said without the pause, and what did you say instead?",
      fr: "Qu’auriez-vous dit sans la pause, et qu’avez-vous dit à la place ?",
    },
  },
  {
    id: "self-validation-notes",
    facets: ["inner-validation", "reassurance-seeking"],
    minutes: 5,
    title: { en: "Self-validation notes", fr: "Se donner raison par écrit" },
    why: {
      en: "Approval from others is pleasant, but it cannot be your only source. Writing down what you did well, and why your feelings made sense, builds a voice of your own.",
      fr: "L’approbation des autres fait du bien, mais elle ne peut pas être votre seule source. Écrire ce que vous avez bien fait, et pourquoi vos émotions se comprenaient, construit une voix intérieure qui vous appartient.",
    },
    steps: [
      { en: "In the evening, write three short lines.", fr: "Le soir, écrivez trois lignes courtes." },
      {
        en: "One thing you did today that you are glad about, however small.",
        fr: "Une chose faite aujourd’hui qui vous fait plaisir, même minuscule.",
      },
      {
        en: "One feeling you had, and a sentence that says why it made sense: “Of course I felt …, because …”.",
        fr: "Une émotion ressentie, et une phrase qui dit pourquoi elle se comprend : « Bien sûr que j’ai ressenti …, puisque … ».",
      },
      {
        en: "One quality you showed, in the words a kind friend would use.",
        fr: "Une qualité dont vous avez fait preuve, avec les mots qu’emploierait une personne qui vous veut du bien.",
      },
    ],
    reflection: {
      en: "Which line was hardest to write without wanting someone else to confirm it?",
      fr: "Quelle ligne a été la plus difficile à écrire sans vouloir que quelqu’un la confirme ?",
    },
  },
  {
    id: "values-compass",
    facets: ["decision-confidence", "inner-validation"],
    minutes: 10,
    title: { en: "A values compass", fr: "La boussole des valeurs" },
    why: {
      en: "Decisions feel steadier when you can see what they serve. Knowing your own values gives you a reference point that does not rest on anyone's approval.",
      fr: "Une décision paraît plus solide quand on voit ce qu’elle sert. Connaître vos valeurs vous donne un repère qui ne tient pas à l’approbation des autres.",
    },
    steps: [
      {
        en: "Write down five things that matter deeply to you (for example honesty, curiosity, care, freedom, fairness).",
        fr: "Notez cinq choses qui comptent profondément pour vous (par exemple l’honnêteté, la curiosité, l’attention aux autres, la liberté, la justice).",
      },
      {
        en: "Keep the three that feel most like you, and write one sentence on what each looks like in an ordinary day.",
        fr: "Gardez les trois qui vous ressemblent le plus, et écrivez une phrase sur ce que chacune donne dans une journée ordinaire.",
      },
      {
        en: "Take a choice in front of you and ask: which option is closer to these three?",
        fr: "Prenez un choix qui se présente à vous et demandez-vous : quelle option se rapproche le plus de ces trois-là ?",
      },
      {
        en: "Keep the list where you can see it this week.",
        fr: "Gardez la liste sous les yeux cette semaine.",
      },
    ],
    reflection: {
      en: "Which of your values did you honour this week without anyone noticing?",
      fr: "Laquelle de vos valeurs avez-vous honorée cette semaine sans que personne ne le remarque ?",
    },
  },
  {
    id: "trigger-map",
    facets: ["self-regulation", "fear-of-abandonment"],
    minutes: 10,
    title: { en: "A trigger map", fr: "La carte des déclencheurs" },
    why: {
      en: "The same situations tend to knock us off balance again and again. Seeing them laid out turns surprises into patterns you can prepare for.",
      fr: "Ce sont souvent les mêmes situations qui nous font perdre l’équilibre. Les voir posées sur le papier transforme les surprises en schémas auxquels on peut se préparer.",
    },
    steps: [
      {
        en: "Recall the last three hard moments, or look at the triggers noted in your check-ins.",
        fr: "Rappelez-vous les trois derniers moments difficiles, ou regardez les déclencheurs notés dans vos points du jour.",
      },
      {
        en: "For each, write the situation, the first thought, the feeling, and what you did next.",
        fr: "Pour chacun, notez la situation, la première pensée, l’émotion, et ce que vous avez fait ensuite.",
      },
      {
        en: "Circle what repeats: a kind of situation, a thought, a time of day.",
        fr: "Entourez ce qui se répète : un type de situation, une pensée, un moment de la journée.",
      },
      {
        en: "For the most frequent one, write one thing you would like to try next time.",
        fr: "Pour le plus fréquent, écrivez une chose que vous aimeriez essayer la prochaine fois.",
      },
    ],
    reflection: {
      en: "What do your triggers have in common, and what do they say about what you need?",
      fr: "Qu’ont vos déclencheurs en commun, et que disent-ils de ce dont vous avez besoin ?",
    },
  },
  {
    id: "solitude-walk",
    facets: ["comfortable-solitude", "discomfort-alone"],
    minutes: 10,
    title: { en: "A walk in your own company", fr: "Une marche en votre propre compagnie" },
    why: {
      en: "Walking alone, with your attention on what is around you, is a gentle way to become good company for yourself.",
      fr: "Marcher de votre côté, l’attention tournée vers ce qui vous entoure, est une façon douce d’apprendre à être de bonne compagnie pour vous-même.",
    },
    steps: [
      {
        en: "Go for a ten-minute walk on your own, without headphones if you can.",
        fr: "Partez marcher dix minutes sans compagnie, sans écouteurs si possible.",
      },
      {
        en: "Name silently five things you see, four you hear and three you can feel.",
        fr: "Nommez intérieurement cinq choses que vous voyez, quatre que vous entendez et trois que vous sentez.",
      },
      {
        en: "When your mind goes to someone else, notice it kindly and come back to your steps.",
        fr: "Quand vos pensées partent vers quelqu’un d’autre, remarquez-le avec douceur et revenez à vos pas.",
      },
      {
        en: "On the way back, choose one thing from the walk you would like to remember.",
        fr: "Au retour, choisissez une chose de cette marche que vous aimeriez garder en mémoire.",
      },
    ],
    reflection: {
      en: "What kind of company were you for yourself on this walk?",
      fr: "Quelle compagnie avez-vous été pour vous-même pendant cette marche ?",
    },
  },
  {
    id: "celebrate-small-win",
    facets: ["inner-validation"],
    minutes: 5,
    title: { en: "Celebrate a small win on your own", fr: "Fêter une petite victoire pour vous" },
    why: {
      en: "If a success only counts once someone else has seen it, your sense of worth stays in their hands. Marking a small win on your own keeps some of it with you.",
      fr: "Si une réussite ne compte qu’une fois vue par quelqu’un d’autre, votre valeur reste entre ses mains. Marquer une petite victoire de votre côté vous en rend une part.",
    },
    steps: [
      {
        en: "Pick something you managed today or this week, however small.",
        fr: "Choisissez une chose que vous avez réussie aujourd’hui ou cette semaine, même minuscule.",
      },
      {
        en: "Before telling anyone, say to yourself what it took: effort, courage, persistence.",
        fr: "Avant d’en parler à qui que ce soit, dites-vous ce que cela vous a demandé : de l’effort, du courage, de la persévérance.",
      },
      {
        en: "Give yourself a small, real reward: a favourite song, a treat, five minutes outside.",
        fr: "Offrez-vous une petite récompense bien réelle : une chanson préférée, une gourmandise, cinq minutes dehors.",
      },
      {
        en: "Write it down somewhere you can find your wins again.",
        fr: "Notez-la à un endroit où vous retrouverez vos victoires.",
      },
    ],
    reflection: {
      en: "How did the win feel before anyone else knew about it?",
      fr: "Quel goût avait cette victoire avant que quiconque ne la connaisse ?",
    },
  },
];
