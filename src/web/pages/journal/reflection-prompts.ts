import type { Locale, LocalizedText } from "../../../core/locale";

/**
 * Reflection questions, two per facet of the Balance Inventory, written for the journal. The page picks
 * them from the person's focus facets (the three most worth working on) and falls back to the general
 * questions before a first check.
 */
export const facetPrompts: Record<string, LocalizedText[]> = {
  "reassurance-seeking": [
    {
      en: "When did you last ask someone to reassure you? What were you hoping to hear, and could you have said it to yourself?",
      fr: "Quand avez-vous demandé à être rassuré·e pour la dernière fois ? Qu’espériez-vous entendre, et auriez-vous pu vous le dire vous-même ?",
    },
    {
      en: "Think of a worry you carried today. What would you tell a friend who had the same worry?",
      fr: "Repensez à une inquiétude d’aujourd’hui. Que diriez-vous à un ami qui aurait la même ?",
    },
  ],
  "fear-of-abandonment": [
    {
      en: "When a message goes unanswered, what story does your mind tell? What other stories could also be true?",
      fr: "Quand un message reste sans réponse, quelle histoire votre esprit se raconte-t-il ? Quelles autres histoires pourraient être vraies aussi ?",
    },
    {
      en: "What helps you feel that a bond is still there, even when you are apart?",
      fr: "Qu’est-ce qui vous aide à sentir qu’un lien est toujours là, même quand vous êtes loin l’un de l’autre ?",
    },
  ],
  "discomfort-alone": [
    {
      en: "Describe a moment alone that felt fine, or even good. What made it so?",
      fr: "Décrivez un moment seul·e qui s’est bien passé, voire agréablement. Qu’est-ce qui l’a rendu possible ?",
    },
    {
      en: "What do you reach for when you are alone and uneasy? What else could you try next time?",
      fr: "Vers quoi vous tournez-vous quand vous êtes seul·e et mal à l’aise ? Que pourriez-vous essayer d’autre la prochaine fois ?",
    },
  ],
  "decision-dependence": [
    {
      en: "Which small decision did you make on your own recently? How did it feel afterwards?",
      fr: "Quelle petite décision avez-vous prise seul·e récemment ? Comment vous êtes-vous senti·e ensuite ?",
    },
    {
      en: "Is there a choice you are waiting for someone else to approve? What do you already know about what you want?",
      fr: "Y a-t-il un choix pour lequel vous attendez l’accord de quelqu’un ? Que savez-vous déjà de ce que vous voulez ?",
    },
  ],
  "regulating-through-others": [
    {
      en: "When a strong feeling came up today, what did you do first? What could you do on your own for five minutes before reaching out?",
      fr: "Quand une émotion forte est montée aujourd’hui, qu’avez-vous fait en premier ? Que pourriez-vous faire seul·e pendant cinq minutes avant de vous tourner vers quelqu’un ?",
    },
    {
      en: "Name a way you have calmed yourself before, without anyone's help.",
      fr: "Citez une façon dont vous vous êtes déjà apaisé·e, sans l’aide de personne.",
    },
  ],
  "refusing-support": [
    {
      en: "When did you last turn down help you could have used? What made accepting it feel hard?",
      fr: "Quand avez-vous refusé pour la dernière fois une aide qui vous aurait été utile ? Qu’est-ce qui rendait difficile de l’accepter ?",
    },
    {
      en: "Who would be glad to help you with something small this week?",
      fr: "Qui serait content de vous aider pour une petite chose cette semaine ?",
    },
  ],
  "withholding-feelings": [
    {
      en: "What did you feel today that nobody knows about? What might change if you shared a small part of it?",
      fr: "Qu’avez-vous ressenti aujourd’hui que personne ne sait ? Que pourrait changer le fait d’en partager une petite part ?",
    },
    {
      en: "Write the sentence you would say if expressing a need were completely safe.",
      fr: "Écrivez la phrase que vous diriez si exprimer un besoin était sans aucun risque.",
    },
  ],
  "discomfort-with-closeness": [
    {
      en: "When someone came close today, in words or in presence, what did you notice in your body?",
      fr: "Quand quelqu’un s’est rapproché aujourd’hui, par les mots ou par sa présence, qu’avez-vous remarqué dans votre corps ?",
    },
    {
      en: "What is one kind of closeness you actually enjoy?",
      fr: "Quelle forme de proximité appréciez-vous vraiment ?",
    },
  ],
  "self-regulation": [
    {
      en: "What steadied you the last time you were upset? Write down what you did, step by step.",
      fr: "Qu’est-ce qui vous a stabilisé·e la dernière fois que vous étiez bouleversé·e ? Notez ce que vous avez fait, étape par étape.",
    },
    {
      en: "Which feeling was strongest today? Where did you feel it, and how did it change over the day?",
      fr: "Quelle émotion a été la plus forte aujourd’hui ? Où l’avez-vous sentie, et comment a-t-elle évolué dans la journée ?",
    },
  ],
  "decision-confidence": [
    {
      en: "Which of your values guided a choice this week?",
      fr: "Laquelle de vos valeurs a guidé un de vos choix cette semaine ?",
    },
    {
      en: "Recall a decision you are glad you made. What did you trust in yourself at that moment?",
      fr: "Rappelez-vous une décision dont vous êtes content·e. À quoi vous êtes-vous fié·e en vous à ce moment-là ?",
    },
  ],
  "inner-validation": [
    {
      en: "What did you do well today, even if nobody noticed?",
      fr: "Qu’avez-vous bien fait aujourd’hui, même si personne ne l’a remarqué ?",
    },
    {
      en: "Whose approval do you look for most? What would you say to yourself in their place?",
      fr: "De qui cherchez-vous le plus l’approbation ? Que vous diriez-vous à sa place ?",
    },
  ],
  "comfortable-solitude": [
    {
      en: "How would you spend a free hour entirely on your own, just for you?",
      fr: "Comment passeriez-vous une heure libre entièrement seul·e, rien que pour vous ?",
    },
    {
      en: "What does time alone give you that time with others does not?",
      fr: "Qu’est-ce que le temps seul·e vous apporte que le temps avec les autres ne vous apporte pas ?",
    },
  ],
  "expressing-needs": [
    {
      en: "What do you need this week? Write it as an I-statement, without asking anyone to fix it.",
      fr: "De quoi avez-vous besoin cette semaine ? Écrivez-le en commençant par « je », sans demander à quelqu’un de le régler.",
    },
    {
      en: "When did you last say clearly what you needed? How was it received?",
      fr: "Quand avez-vous dit clairement ce dont vous aviez besoin pour la dernière fois ? Comment cela a-t-il été reçu ?",
    },
  ],
  "support-by-choice": [
    {
      en: "Think of the last time you asked for advice. Was it a choice, or a habit?",
      fr: "Repensez à la dernière fois où vous avez demandé conseil. Était-ce un choix ou une habitude ?",
    },
    {
      en: "Who do you turn to when you need support, and what makes that person a good choice?",
      fr: "Vers qui vous tournez-vous quand vous avez besoin de soutien, et qu’est-ce qui en fait un bon choix ?",
    },
  ],
  "respecting-independence": [
    {
      en: "When someone close to you made plans without you, what did you feel? What did you tell yourself?",
      fr: "Quand un proche a fait des projets sans vous, qu’avez-vous ressenti ? Que vous êtes-vous dit ?",
    },
    {
      en: "What do you appreciate about the life your partner or friends have apart from you?",
      fr: "Qu’appréciez-vous dans la vie que votre partenaire ou vos amis mènent en dehors de vous ?",
    },
  ],
};

export const generalPrompts: LocalizedText[] = [
  {
    en: "What pulled you off balance today, and what brought you back?",
    fr: "Qu’est-ce qui vous a déséquilibré·e aujourd’hui, et qu’est-ce qui vous a ramené·e ?",
  },
  {
    en: "When did you feel most like yourself this week?",
    fr: "Quand vous êtes-vous senti·e le plus vous-même cette semaine ?",
  },
  {
    en: "What would a steadier version of you do tomorrow?",
    fr: "Que ferait demain une version de vous un peu plus stable ?",
  },
];

export interface Prompt {
  /** Stable id stored with an entry that answers it, e.g. "inner-validation-2" or "general-1". */
  id: string;
  text: string;
  /** The facet it was chosen for, when it comes from the person's focus facets. */
  facet: string | null;
}

/**
 * The prompts for a person, focus facets first (in the order given), then the general ones, in the
 * chosen language. Unknown facet ids are skipped rather than failing.
 */
export function promptsFor(focusFacets: readonly string[], locale: Locale): Prompt[] {
  const fromFacets = focusFacets.flatMap((facet) =>
    (facetPrompts[facet] ?? []).map((prompt, index) => ({
      id: `${facet}-${index + 1}`,
      text: prompt[locale],
      facet,
    })),
  );
  const general = generalPrompts.map((prompt, index) => ({
    id: `general-${index + 1}`,
    text: prompt[locale],
    facet: null,
  }));
  return [...fromFacets, ...general];
}

/** The text of a stored prompt id in the given language, or null for an id this version does not know. */
export function promptText(id: string | null | undefined, locale: Locale): string | null {
  const match = /^(.*)-(\d+)$/.exec(id ?? "");
  if (!match) return null;
  const list = match[1] === "general" ? generalPrompts : facetPrompts[match[1]!];
  return list?.[Number(match[2]) - 1]?.[locale] ?? null;
}
