import type { ContextCues } from "./context-cues";
import type { QuoteFrame } from "./split-sentences";

/** Whose words a quotation holds: the writer's, the partner's, or someone else's (a song, a friend). */
export type QuoteSpeaker = "self" | "partner" | "other";

const objectPronouns = new Set([
  "me",
  "him",
  "her",
  "them",
  "us",
  "you",
  "te",
  "lui",
  "leur",
  "vous",
  "le",
  "la",
  "les",
  "se",
]);
const selfSubjects = new Set(["i", "we", "je", "nous"]);
const partnerPronouns = new Set(["he", "she", "they", "il", "elle"]);
/** How far before a quotation a verb of saying may stand ("he told me, angrily: ..."). */
const verbWindow = 5;
/** How far before that verb its subject may stand ("he has always said"). */
const subjectWindow = 4;

/**
 * Tells who is quoted from the words around the quotation in its sentence: a media word (song,
 * film, article) or banter ("as a joke") makes it someone else's; otherwise the subject of the nearest verb of saying
 * before it ("he said") or right after it ("…, she said"); a quotation with no one named is the
 * writer's own (people quote their own thoughts: `"I can't go on" keeps running through my head`).
 *
 * Complexity: O(length of the frame).
 * Example: before = ["he", "said"] gives "partner"; before = ["the", "song", "goes"] gives "other".
 */
export function attributeQuote(frame: QuoteFrame, cues: ContextCues): QuoteSpeaker {
  const { before, after } = frame;
  if ([...before, ...after].some((word) => cues.media.has(word) || cues.jokes.has(word))) return "other";

  for (let i = before.length - 1; i >= Math.max(0, before.length - verbWindow); i--) {
    if (cues.speechVerbs.has(before[i] as string)) {
      const speaker = subjectBefore(before, i, cues);
      if (speaker) return speaker;
    }
  }
  const following = after.filter((word) => word !== ",").slice(0, 3);
  if (following.some((word) => cues.speechVerbs.has(word))) {
    for (const word of following) {
      const speaker = classify(word, cues);
      if (speaker) return speaker;
    }
  }
  return "self";
}

function subjectBefore(words: string[], verb: number, cues: ContextCues): QuoteSpeaker | null {
  for (let i = verb - 1; i >= Math.max(0, verb - subjectWindow); i--) {
    const speaker = classify(words[i] as string, cues);
    if (speaker) return speaker;
  }
  return null;
}

function classify(word: string, cues: ContextCues): QuoteSpeaker | null {
  if (objectPronouns.has(word)) return null;
  if (selfSubjects.has(word)) return "self";
  if (partnerPronouns.has(word) || cues.partner.has(word)) return "partner";
  if (cues.otherPerson.has(word) || cues.speakers.has(word)) return "other";
  return null;
}
