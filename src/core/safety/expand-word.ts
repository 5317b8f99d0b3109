/**
 * Splits one normalised word into the plain words the rules are written against: English
 * contractions ("don't" -> "do not", "i'm" -> "i am"), French elisions ("j'ai" -> "je ai",
 * "qu'il" -> "que il") and common texting shorthand in both languages ("wanna" -> "want to",
 * "jsuis" -> "je suis", "kms" -> "kill myself").
 *
 * The rules then need one spelling per phrase. O(length of the word).
 * Example: `expandWord("can't")` is `["can", "not"]`; `expandWord("m'a")` is `["me", "a"]`.
 */
export function expandWord(word: string): string[] {
  // Maps, not objects: a word such as "constructor" must not find a property of Object.prototype.
  const shorthand = shorthands.get(word);
  if (shorthand) return [...shorthand];
  const apostrophe = word.indexOf("'");
  if (apostrophe < 0) return [word];

  const left = word.slice(0, apostrophe);
  const right = word.slice(apostrophe + 1);
  const elided = frenchElisions.get(left);
  if (elided && /^[aeiouyh]/.test(right)) return [elided, ...expandWord(right)];
  if (right === "t" && left.endsWith("n")) return [...negatedStem(left.slice(0, -1)), "not"];
  const suffix = englishSuffixes.get(right);
  if (suffix !== undefined) {
    if (right === "s") return pronounsWithIs.has(left) ? [left, "is"] : [left];
    return suffix ? [left, suffix] : [left];
  }
  // Anything else ("o'clock", a stray mark): keep the letters on each side as words.
  return [left, right].filter((part) => part.length > 0);
}

function negatedStem(stem: string): string[] {
  if (stem === "ca") return ["can"];
  if (stem === "wo") return ["will"];
  if (stem === "sha") return ["shall"];
  if (stem === "ai") return ["am"];
  return [stem];
}

const frenchElisions = entries<string>({
  j: "je",
  m: "me",
  t: "te",
  s: "se",
  l: "le",
  n: "ne",
  d: "de",
  c: "ce",
  qu: "que",
  jusqu: "jusque",
  lorsqu: "lorsque",
  puisqu: "puisque",
  quoiqu: "quoique",
});

const englishSuffixes = entries<string>({
  m: "am",
  re: "are",
  ve: "have",
  ll: "will",
  d: "would",
  s: "",
});

const pronounsWithIs = new Set([
  "it",
  "he",
  "she",
  "that",
  "what",
  "there",
  "here",
  "who",
  "where",
  "how",
  "everything",
  "nothing",
  "everyone",
  "life",
]);

const w = (text: string): readonly string[] => text.split(" ");

/** A table written as an object literal, read as a Map (own entries only). */
function entries<V>(table: Record<string, V>): ReadonlyMap<string, V> {
  return new Map(Object.entries(table));
}

/** Shorthand written without an apostrophe, as people type in a hurry. Each entry is reviewed. */
const shorthands = entries<readonly string[]>({
  // English
  im: w("i am"),
  ive: w("i have"),
  dont: w("do not"),
  doesnt: w("does not"),
  didnt: w("did not"),
  cant: w("can not"),
  cannot: w("can not"),
  wont: w("will not"),
  wouldnt: w("would not"),
  couldnt: w("could not"),
  shouldnt: w("should not"),
  isnt: w("is not"),
  arent: w("are not"),
  wasnt: w("was not"),
  werent: w("were not"),
  havent: w("have not"),
  hasnt: w("has not"),
  hadnt: w("had not"),
  aint: w("am not"),
  wanna: w("want to"),
  gonna: w("going to"),
  gotta: w("got to"),
  kinda: w("kind of"),
  sorta: w("sort of"),
  dunno: w("do not know"),
  idk: w("i do not know"),
  u: w("you"),
  ur: w("your"),
  ppl: w("people"),
  kms: w("kill myself"),
  noone: w("no one"),
  nobody: w("no one"),
  bf: w("boyfriend"),
  gf: w("girlfriend"),
  hubby: w("husband"),
  thats: w("that is"),
  shes: w("she is"),
  theyre: w("they are"),
  youre: w("you are"),
  whats: w("what is"),
  lemme: w("let me"),
  cuz: w("because"),
  coz: w("because"),
  cos: w("because"),
  rn: w("right now"),
  selfharm: w("self harm"),
  wnat: w("want"),
  watn: w("want"),
  wnated: w("wanted"),
  unalive: w("kill"),
  sewerslide: w("suicide"),
  sh: w("self harm"),
  bc: w("because"),
  // French
  jai: w("je ai"),
  g: w("je ai"),
  jsuis: w("je suis"),
  jsui: w("je suis"),
  chuis: w("je suis"),
  chui: w("je suis"),
  jveux: w("je veux"),
  jpeux: w("je peux"),
  jvais: w("je vais"),
  jme: w("je me"),
  jen: w("je en"),
  jsais: w("je sais"),
  jsp: w("je sais pas"),
  chais: w("je sais"),
  c: w("ce est"),
  pk: w("pourquoi"),
  pq: w("pourquoi"),
  pcq: w("parce que"),
  psk: w("parce que"),
  bcp: w("beaucoup"),
  tt: w("tout"),
  pr: w("pour"),
  ds: w("dans"),
  qd: w("quand"),
  sui: w("suis"),
  jveu: w("je veux"),
  jvois: w("je vois"),
  jvx: w("je veux"),
  jmen: w("je me en"),
  jle: w("je le"),
  tjrs: w("toujours"),
  tjs: w("toujours"),
  qqn: w("quelqu un"),
  vrmt: w("vraiment"),
});
