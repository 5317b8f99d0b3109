import type { LocalizedText } from "../locale";

/**
 * A named feeling offered in the check-in, with its usual tone (for grouping in the interface). French
 * labels are nouns ("de la joie") so they read naturally whatever the person's gender.
 */
export interface Feeling {
  id: string;
  tone: "pleasant" | "unpleasant";
  label: LocalizedText;
}

/** The fixed list of feelings a check-in may name. Ids are stable; labels may be reworded. */
export const feelings: readonly Feeling[] = [
  { id: "calm", tone: "pleasant", label: { en: "calm", fr: "sérénité" } },
  { id: "content", tone: "pleasant", label: { en: "content", fr: "contentement" } },
  { id: "joyful", tone: "pleasant", label: { en: "joyful", fr: "joie" } },
  { id: "grateful", tone: "pleasant", label: { en: "grateful", fr: "gratitude" } },
  { id: "proud", tone: "pleasant", label: { en: "proud", fr: "fierté" } },
  { id: "hopeful", tone: "pleasant", label: { en: "hopeful", fr: "espoir" } },
  { id: "confident", tone: "pleasant", label: { en: "confident", fr: "confiance en soi" } },
  { id: "connected", tone: "pleasant", label: { en: "close to others", fr: "lien aux autres" } },
  { id: "relieved", tone: "pleasant", label: { en: "relieved", fr: "soulagement" } },
  { id: "anxious", tone: "unpleasant", label: { en: "anxious", fr: "anxiété" } },
  { id: "insecure", tone: "unpleasant", label: { en: "unsure of myself", fr: "doute de soi" } },
  { id: "sad", tone: "unpleasant", label: { en: "sad", fr: "tristesse" } },
  { id: "lonely", tone: "unpleasant", label: { en: "lonely", fr: "solitude pesante" } },
  { id: "irritated", tone: "unpleasant", label: { en: "irritated", fr: "agacement" } },
  { id: "overwhelmed", tone: "unpleasant", label: { en: "overwhelmed", fr: "surcharge" } },
  { id: "jealous", tone: "unpleasant", label: { en: "jealous", fr: "jalousie" } },
  { id: "guilty", tone: "unpleasant", label: { en: "guilty", fr: "culpabilité" } },
  { id: "ashamed", tone: "unpleasant", label: { en: "ashamed", fr: "honte" } },
  { id: "tired", tone: "unpleasant", label: { en: "tired", fr: "fatigue" } },
  { id: "restless", tone: "unpleasant", label: { en: "restless", fr: "agitation" } },
];

/** The ids of `feelings`, for validation. */
export const feelingIds: readonly string[] = feelings.map((f) => f.id);
