import type { LocalizedText } from "../locale";

// Everything the demo person "wrote", in both languages, each written separately. Every text is
// plainly marked as demo content so nobody mistakes it for a real person's words. The French avoids
// gendered agreements so it reads right for anyone.

/** Put before every title, note and reflection of the demo account. */
export const demoMark: LocalizedText = { en: "[Demo]", fr: "[Démo]" };

/** A journal entry of the demo person, `daysAgo` days before today. */
export interface DemoJournalText {
  daysAgo: number;
  title: LocalizedText;
  text: LocalizedText;
}

export const demoJournalTexts: readonly DemoJournalText[] = [
  {
    daysAgo: 116,
    title: { en: "Where I'm starting", fr: "Mon point de départ" },
    text: {
      en: "Today I took the check for the first time. It put me on the side of leaning on others, and honestly that fits. When my partner is away I keep my phone in my hand all evening. I'd like to notice that without scolding myself.",
      fr: "J'ai rempli le questionnaire pour la première fois aujourd'hui. Le résultat me place du côté de l'appui sur les autres, et ça me ressemble. Quand l'autre est loin, je garde le téléphone à la main toute la soirée. J'aimerais le remarquer sans me le reprocher.",
    },
  },
  {
    daysAgo: 95,
    title: { en: "A slow reply", fr: "Une réponse qui tarde" },
    text: {
      en: "A message went unanswered for most of the afternoon. I wrote down what I was telling myself: that something was wrong. Then I went for a walk. The reply came while I was out, and it was about dinner.",
      fr: "Un message est resté sans réponse presque tout l'après-midi. J'ai noté ce que je me racontais : que quelque chose n'allait pas. Puis j'ai fait un tour dehors. La réponse est arrivée pendant ce temps, et elle parlait du dîner.",
    },
  },
  {
    daysAgo: 72,
    title: { en: "Choosing the film", fr: "Choisir le film" },
    text: {
      en: "I picked the film tonight without asking anyone what they wanted. Small, I know. It felt strange for about ten minutes, and then it was just a film.",
      fr: "Ce soir, j'ai choisi le film sans demander l'avis de personne. C'est peu de chose, je sais. C'était étrange une dizaine de minutes, puis ce n'était plus qu'un film.",
    },
  },
  {
    daysAgo: 60,
    title: { en: "The second check", fr: "Le deuxième questionnaire" },
    text: {
      en: "The second check moved a little toward the middle. I can't tell yet whether it is a real change; the history says to wait and see. What I do notice: evenings on my own are quieter in my head.",
      fr: "Au deuxième questionnaire, mon résultat s'est un peu rapproché du centre. Impossible de dire encore si c'est un vrai changement ; l'historique invite à attendre. Ce que je remarque, en revanche : les soirées sans personne sont plus calmes dans ma tête.",
    },
  },
  {
    daysAgo: 30,
    title: { en: "Saying what I need", fr: "Dire ce dont j'ai besoin" },
    text: {
      en: "I told my partner I'd like one call on the evenings we are apart, instead of texting back and forth all night. I said it as something I need, not something I'm owed. It went better than I had feared.",
      fr: "J'ai dit à l'autre que j'aimerais un appel les soirs où nous ne sommes pas ensemble, plutôt que des messages toute la soirée. Je l'ai présenté comme un besoin, pas comme un dû. Ça s'est mieux passé que je ne le craignais.",
    },
  },
  {
    daysAgo: 3,
    title: { en: "Four months in", fr: "Quatre mois plus tard" },
    text: {
      en: "Looking back at the charts, the days I wait for a reply are still my hardest. But I reach for reassurance less often, and I make more small decisions on my own. Balance, not perfection.",
      fr: "En regardant les graphiques, les jours où j'attends une réponse restent les plus durs. Mais je cherche moins souvent du réconfort, et je prends davantage de petites décisions par moi-même. L'équilibre, pas la perfection.",
    },
  },
];

/** What a day must look like for a note to fit it. */
export type DemoNoteDay = "waited" | "alone" | "decided" | "conflict" | "calm" | "friends";

/** Short private notes for a few check-ins, each on a day it fits. */
export const demoNotes: readonly { day: DemoNoteDay; text: LocalizedText }[] = [
  {
    day: "waited",
    text: {
      en: "Waited two hours for a reply. Breathing helped more than checking the phone.",
      fr: "Deux heures à attendre une réponse. Respirer m'a plus aidé que regarder le téléphone.",
    },
  },
  {
    day: "alone",
    text: {
      en: "Lunch on my own in the park. Better than I expected.",
      fr: "Déjeuner au parc sans personne, et c'était mieux que prévu.",
    },
  },
  {
    day: "decided",
    text: {
      en: "Decided on the weekend plans myself and said so.",
      fr: "J'ai choisi le programme du week-end et je l'ai dit.",
    },
  },
  {
    day: "conflict",
    text: {
      en: "Small argument this morning. I took a pause before answering.",
      fr: "Petite dispute ce matin. J'ai pris une pause avant de répondre.",
    },
  },
  {
    day: "calm",
    text: { en: "Quiet evening, no need to fill it.", fr: "Soirée tranquille, pas besoin de la remplir." },
  },
  {
    day: "friends",
    text: {
      en: "Asked a friend for help with the move. It felt fine to ask.",
      fr: "J'ai demandé de l'aide à une amie pour le déménagement. Demander m'a paru simple.",
    },
  },
];

/** Reflections after a practice, general enough to follow any of them. */
export const demoReflections: readonly LocalizedText[] = [
  {
    en: "Harder to start than to do. Afterwards I felt steadier.",
    fr: "Plus dur à commencer qu'à faire. Ensuite, je me sentais plus stable.",
  },
  {
    en: "I noticed the urge to check in with someone, and it passed on its own.",
    fr: "J'ai remarqué l'envie de demander l'avis de quelqu'un, et elle est passée toute seule.",
  },
  {
    en: "Ten minutes was enough. I'd like to try it again on a busier day.",
    fr: "Dix minutes ont suffi. J'aimerais recommencer un jour plus chargé.",
  },
  {
    en: "It felt awkward, then ordinary. That is probably the point.",
    fr: "C'était gênant, puis banal. C'est sans doute le but.",
  },
  {
    en: "I wrote down what I felt before and after: less tight in the chest.",
    fr: "J'ai noté ce que je ressentais avant et après : la poitrine moins serrée.",
  },
];
