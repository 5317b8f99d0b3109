import { anyOf, gap } from "../rules/pattern-parts";
import type { SignalRule } from "../types";

// Crisis told through what the writer does or keeps around it, in English, in broad classes of words
// rather than sentences: giving things away and settling affairs, what is left for after, a last
// entry, punishing one's own body, hurting oneself until a mark shows, means kept at hand or looked
// up, a date chosen, the edge of a height, wishing to stop existing or asking why one is still here.
// Written after the second independent round (round 9) showed these categories missed. Most weigh 2
// (core): a deed alone ("gave my bike to my nephew") is no signal, a deed beside a supporting word,
// another deed of the same text or the word model is.

const belongings = `(?:all |most of |some of )?my [^ ,|]+(?: [^ ,|]+)?`;
const means = anyOf(
  "pills",
  "tablets",
  "meds",
  "painkillers",
  "oxy",
  "blade",
  "blades",
  "razor",
  "razors",
  "razor blade",
  "scissors",
  "rope",
  "knife",
  "knives",
  "gun",
  "rifle",
  "pistol",
  "belt",
  "charcoal",
  "hose",
);

/** The English families of deeds, in review order. Each finds its own `example` (tested). */
export const englishCrisisDeeds: SignalRule[] = [
  {
    id: "en.crisis.evidence.giving-away",
    signal: "crisis",
    locale: "en",
    weight: 2,
    pattern: anyOf(
      `${anyOf("gave", "given", "giving", "handed", "gifted", "give")} away ${anyOf("my", "all", "everything", "most of", "some of", "the rest of")}`,
      `${anyOf("gave", "given", "giving", "handed", "gifted")} ${belongings} to`,
    ),
    anyone: true,
    example: "Gave my guitar to a friend today",
  },
  {
    id: "en.crisis.evidence.affairs-settled",
    signal: "crisis",
    locale: "en",
    weight: 2,
    pattern: anyOf(
      `not ${anyOf("be needing", "need", "be using", "have any use for")} ${anyOf("them", "it", "these", "those", "any of it", "any of this", "anything")}(?! ${anyOf("until", "till", "for", "before", "on", "at", "this", "today", "tomorrow")}(?= ))`,
      `where i am ${anyOf("going", "headed", "heading")}(?= ${anyOf(",", "\\|")}(?= ))`,
      `${anyOf("tying", "tie", "tied", "tidying", "wrapping", "wrapped")} up ${anyOf("loose ends", "the loose ends", "everything", "my affairs", "the last things")}`,
      `everything ${anyOf("is", "has been")} ${anyOf("tied up", "sorted", "in order", "settled", "arranged", "taken care of")}`,
      `${anyOf("so no one", "so nobody", "so that no one", "so that nobody", "so no one else", "so nobody else")} ${gap(3)}${anyOf("deal with", "clean", "sort out", "handle", "stuck with", "worry about", "pay for")}`,
      `${anyOf("no one", "nobody")} ${anyOf("has to", "will have to", "would have to", "is stuck", "gets stuck", "will be stuck")} ${gap(2)}${anyOf("deal with", "clean up", "sort out", "with my", "my mess", "a mess")}`,
      `${anyOf("before i go", "before i am gone", "after i am gone", "once i am gone", "when i am gone", "for afterwards")}(?= ${anyOf(",", "\\|")}(?= ))`,
    ),
    anyone: true,
    negationInside: true,
    example: "Won't be needing them.",
  },
  {
    id: "en.crisis.evidence.last-entry-closing",
    signal: "crisis",
    locale: "en",
    weight: 3,
    pattern: `${anyOf("my", "this is my", "probably my", "dear diary")} ?${anyOf("last", "final")} ${anyOf("entry", "check in", "checkin", "post", "page", "message", "log")}(?= ${anyOf(",", "\\|", "probably", "ever", "here", "then")}(?= ))`,
    anyone: true,
    example: "My last check-in. Thank you app, you tried.",
  },
  {
    id: "en.crisis.evidence.last-entry",
    signal: "crisis",
    locale: "en",
    weight: 2,
    pattern: `${anyOf("last", "final")} ${anyOf("entry", "check in", "checkin", "post", "page", "message", "note", "words", "log")}(?! ${anyOf("before", "of the", "for", "until", "till", "was", "i wrote", "from")}(?= ))`,
    anyone: true,
    example: "Dear diary, last entry probably.",
  },
  {
    id: "en.crisis.evidence.punishing-self",
    signal: "crisis",
    locale: "en",
    weight: 2,
    pattern: anyOf(
      `${anyOf("punish", "punished", "punishing")} ${anyOf("myself", "my body", "my self")}(?! ${anyOf("with a", "with an", "with some", "to a")}(?= ))`,
      `my ${anyOf("punishment", "penance")}`,
      `${anyOf("deserve", "deserved", "deserves", "deserving")} ${anyOf("the pain", "pain", "to hurt", "to suffer", "to be hurt", "to be punished", "food", "to eat", "to starve", "nothing")}`,
      `what i ${anyOf("deserve", "deserved")}(?= ${anyOf(",", "\\|")}(?= ))`,
    ),
    negationInside: true,
    anyone: true,
    example: "It felt like what I deserved.",
  },
  {
    id: "en.crisis.evidence.hurt-until",
    signal: "crisis",
    locale: "en",
    weight: 2,
    pattern: anyOf(
      `${anyOf("till", "until")} ${gap(3)}${anyOf("bled", "bleed", "bleeds", "bleeding", "bruised", "bruises", "bruise", "split", "broke the skin", "it hurt", "i could not think", "i could not feel")}`,
      `${anyOf("banged", "banging", "bang", "hit", "hitting", "slammed", "slamming")} my head ${anyOf("against", "on", "into")}`,
      `${anyOf("punched", "punching", "punch", "smashed", "hit")} ${anyOf("the", "a")} ${anyOf("wall", "mirror", "door", "window")}`,
      `${anyOf("slap", "slapped", "slapping", "pinch", "pinched", "pinching", "scratch", "scratching", "starve", "starving", "starved")} ${anyOf("myself", "it", "my arms", "my legs", "my face", "my skin")}`,
    ),
    accidentCheck: true,
    example: "Punched the mirror till my knuckles split.",
  },
  {
    id: "en.crisis.evidence.means-at-hand",
    signal: "crisis",
    locale: "en",
    weight: 2,
    pattern: anyOf(
      `${anyOf("saved", "saving", "stockpiled", "stockpiling", "collecting", "hoarding", "stashed", "stashing", "counting", "counted")} ${gap(3)}${means}`,
      `${anyOf("gun cabinet", "gun safe", "gun cupboard", "where he keeps the key", "where she keeps the key", "where the key is")}`,
      `${anyOf("mixed", "mixing", "took", "taking", "swallowed")} ${gap(3)}${means} ${anyOf("with wine", "with alcohol", "with vodka", "with whisky", "with booze", "with drink", "to see what would happen")}`,
      `${anyOf("google", "googled", "googling", "searched", "searching", "looked up", "looking up", "researched")} ${gap(3)}${anyOf("painless", "ways to die", "overdose", "lethal", "drowning", "does it hurt")}`,
      `how many ${gap(4)}${anyOf("to take", "do you need", "would it take", "does it take", "before you", "before i")}`,
    ),
    anyone: true,
    example: "I've been saving up my pills.",
  },
  {
    id: "en.crisis.evidence.means-by-the-bed",
    signal: "crisis",
    locale: "en",
    weight: 3,
    pattern: anyOf(
      `${anyOf("blade", "blades", "razor", "razors", "razor blade", "scissors", "rope", "knife", "noose", "gun")} ${gap(3)}${anyOf("by my bed", "next to my bed", "under my bed", "under my pillow", "in my pencil case", "for when it gets bad", "not for")}`,
      `${anyOf("beam", "hook", "rail", "branch", "banister", "pipe", "door frame")} ${gap(4)}${anyOf("hold my weight", "take my weight", "would hold me", "strong enough")}`,
    ),
    anyone: true,
    example: "I know which beam in the loft would hold my weight.",
  },
  {
    id: "en.crisis.evidence.date-chosen",
    signal: "crisis",
    locale: "en",
    weight: 2,
    pattern: `${anyOf("picked", "picking", "chose", "chosen", "choosing", "set", "decided on", "settled on")} ${anyOf("a", "the", "my")} ${anyOf("date", "day", "night")}(?! ${anyOf("for", "of", "to", "with")}(?= ))`,
    anyone: true,
    example: "I've picked a date.",
  },
  {
    id: "en.crisis.evidence.edge-of",
    signal: "crisis",
    locale: "en",
    weight: 2,
    pattern: anyOf(
      `${anyOf("edge of the platform", "platform edge", "edge of the roof", "edge of the balcony", "over the railing", "over the edge", "top of the car park", "top floor of the car park", "top level")}`,
      `${anyOf("stood", "standing", "sat", "sitting", "leaned", "leaning")} ${anyOf("on", "at", "over")} ${anyOf("the", "my")} ${anyOf("balcony", "bridge", "ledge", "railing", "platform")} ${gap(5)}${anyOf("almost", "nearly", "next time", "how easy")}`,
    ),
    anyone: true,
    example: "stood at the edge of the platform as the train came in",
  },
  {
    id: "en.crisis.evidence.stop-existing",
    signal: "crisis",
    locale: "en",
    weight: 3,
    pattern: anyOf(
      `${anyOf("stop", "stopped", "to not", "not")} ${anyOf("existing", "exist", "be anymore", "being anymore")}`,
      `why ${anyOf("am i", "i am")} ${anyOf("still here", "still alive", "alive")}`,
      `${anyOf("tired", "sick", "exhausted", "weary")} of ${anyOf("being alive", "existing", "being here", "breathing")}`,
      `${anyOf("no one", "nobody")} would ${anyOf("cry", "miss me", "notice", "come to my funeral", "care if")}`,
    ),
    negationInside: true,
    anyone: true,
    example: "I just want to stop existing for a while",
  },
  {
    id: "en.crisis.evidence.giving-up",
    signal: "crisis",
    locale: "en",
    weight: 1,
    pattern: anyOf(
      `${anyOf("i am done", "done trying", "i give up", "given up", "giving up", "no point", "maybe next time", "next time maybe", "almost", "nearly")}(?= ${anyOf(",", "\\|")}(?= ))`,
      `${anyOf("woke up anyway", "still woke up", "woke up again", "did not work", "disappointed i woke")}`,
    ),
    anyone: true,
    example: "I'm done trying.",
  },
];
