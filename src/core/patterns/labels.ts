import type { LocalizedText } from "../locale";
import type { AfterEffect, CompanyId, StrategyId, TriggerId } from "./checkin";

/** Short labels for the check-in form and charts. */
export const triggerLabels: Record<TriggerId, LocalizedText> = {
  "no-reply": { en: "No reply or little contact", fr: "Pas de réponse, peu de contact" },
  conflict: { en: "A conflict", fr: "Un conflit" },
  alone: { en: "Being alone", fr: "Se retrouver seul·e" },
  criticism: { en: "Criticism", fr: "Une critique" },
  "partner-plans": {
    en: "Someone close making plans without me",
    fr: "Un proche qui fait des projets sans moi",
  },
  "decision-pressure": { en: "Pressure to decide", fr: "Devoir décider vite" },
  other: { en: "Something else", fr: "Autre chose" },
};

export const strategyLabels: Record<StrategyId, LocalizedText> = {
  "pause-breathe": { en: "Pause and breathe", fr: "Faire une pause et respirer" },
  "name-feeling": { en: "Name the feeling", fr: "Nommer l’émotion" },
  write: { en: "Write", fr: "Écrire" },
  talk: { en: "Talk to someone", fr: "En parler à quelqu’un" },
  move: { en: "Move", fr: "Bouger" },
  wait: { en: "Wait it out", fr: "Laisser passer" },
};

export const companyLabels: Record<CompanyId, LocalizedText> = {
  alone: { en: "On my own", fr: "En solo" },
  partner: { en: "Partner", fr: "Partenaire" },
  family: { en: "Family", fr: "Famille" },
  friends: { en: "Friends", fr: "Amis" },
  colleagues: { en: "Colleagues", fr: "Collègues" },
  others: { en: "Other people", fr: "D’autres personnes" },
};

export const afterEffectLabels: Record<AfterEffect, LocalizedText> = {
  better: { en: "Better", fr: "Mieux" },
  same: { en: "The same", fr: "Pareil" },
  worse: { en: "Worse", fr: "Moins bien" },
};

/** Completes "On the 9 days …" / "Sur les 9 jours …". */
export const triggerDaysPhrase: Record<TriggerId, LocalizedText> = {
  "no-reply": { en: "when you were waiting for a reply", fr: "où vous attendiez une réponse" },
  conflict: { en: "with a conflict", fr: "marqués par un conflit" },
  alone: { en: "when being alone weighed on you", fr: "où la solitude vous a pesé" },
  criticism: { en: "when you felt criticised", fr: "où vous avez reçu une critique" },
  "partner-plans": {
    en: "when someone close made plans without you",
    fr: "où un proche avait des projets sans vous",
  },
  "decision-pressure": {
    en: "when a decision was pressing on you",
    fr: "où une décision vous mettait sous pression",
  },
  other: { en: "with another trigger you noted", fr: "avec un autre déclencheur noté" },
};

/** Completes "On the 12 days …" / "Sur les 12 jours …". */
export const companyDaysPhrase: Record<CompanyId, LocalizedText> = {
  alone: { en: "you spent on your own", fr: "passés en solo" },
  partner: { en: "spent with your partner", fr: "passés avec votre partenaire" },
  family: { en: "spent with family", fr: "passés en famille" },
  friends: { en: "spent with friends", fr: "passés avec des amis" },
  colleagues: { en: "spent with colleagues", fr: "passés avec des collègues" },
  others: { en: "spent with other people", fr: "passés avec d’autres personnes" },
};

/** Completes "When you tried …" / "Quand vous avez essayé …". */
export const strategyTriedPhrase: Record<StrategyId, LocalizedText> = {
  "pause-breathe": { en: "pausing to breathe", fr: "de faire une pause pour respirer" },
  "name-feeling": { en: "naming the feeling", fr: "de mettre un nom sur ce que vous ressentiez" },
  write: { en: "writing it down", fr: "d’écrire" },
  talk: { en: "talking to someone", fr: "d’en parler à quelqu’un" },
  move: { en: "moving your body", fr: "de bouger" },
  wait: { en: "waiting it out", fr: "de laisser passer" },
};
