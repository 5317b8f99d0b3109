import { expandWord } from "./expand-word";

/** The words around a quotation in the sentence that contains it, used to tell who is quoted. */
export interface QuoteFrame {
  before: string[];
  after: string[];
}

/**
 * One sentence as the rules see it: plain words, "," where the text had a pause (comma, colon,
 * bracket, dash), "_q_" where a quotation was lifted out, and "|" at the end.
 */
export interface Sentence {
  tokens: string[];
  /** null for the writer's own words; for quoted words, what surrounds the quotation. */
  quote: QuoteFrame | null;
}

type Mark = "comma" | "stop" | "open" | "close" | "toggle" | "single-open" | "single-close";
type Lexeme = { word: string } | { mark: Mark };

/** The token that stands for a quotation lifted out of a sentence. */
export const quotePlaceholder = "_q_";

/**
 * Cuts normalised text (see `normalizeText`) into sentences of expanded words, lifting quotations
 * out so their words are judged apart from the writer's own. Quotation marks must pair up to count;
 * a lone mark is ignored. Nested quotations stay inside the outer one.
 *
 * Complexity: O(n) in the length of the text.
 * Example: `splitSentences('he said "you stay here". i am scared')` gives the writer's sentences
 * `he said _q_ |` and `i am scared |`, and the quoted sentence `you stay here |`.
 */
export function splitSentences(normalized: string): Sentence[] {
  const lexemes = joinSplitWords(lex(normalized));
  const pairs = pairQuotes(lexemes);

  const main: Lexeme[] = [];
  const quoted: { lexemes: Lexeme[]; mainIndex: number }[] = [];
  let current: Lexeme[] | null = null;
  for (let i = 0; i < lexemes.length; i++) {
    const lexeme = lexemes[i] as Lexeme;
    const closes = pairs.get(i);
    if (closes === "open") {
      current = [];
      quoted.push({ lexemes: current, mainIndex: main.length });
      main.push({ word: quotePlaceholder });
      continue;
    }
    if (closes === "close") {
      current = null;
      continue;
    }
    if ("mark" in lexeme && lexeme.mark !== "comma" && lexeme.mark !== "stop") continue;
    (current ?? main).push(lexeme);
  }

  const mainSentences = toSentences(main);
  const sentences: Sentence[] = mainSentences.map((s) => ({ tokens: s.tokens, quote: null }));
  for (const quote of quoted) {
    const host = mainSentences.find((s) => quote.mainIndex >= s.from && quote.mainIndex < s.to);
    const frame: QuoteFrame = { before: [], after: [] };
    if (host) {
      const at = host.positions.indexOf(quote.mainIndex);
      frame.before = host.tokens.slice(0, at);
      frame.after = host.tokens.slice(at + 1, -1);
    }
    for (const s of toSentences(quote.lexemes)) sentences.push({ tokens: s.tokens, quote: frame });
  }
  return sentences;
}

const wordChar = /[\p{L}\p{N}]/u;

/** Whether one character (a UTF-16 unit, or "") is a letter or digit; ASCII without the expression. */
function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return wordChar.test(c);
}

function isDigit(c: string | undefined): boolean {
  const code = c === undefined ? Number.NaN : c.charCodeAt(0);
  return code >= 48 && code <= 57;
}

const stops = ".!?;…\n\r";
const pauses = ",:()[]{}–—/";

function lex(text: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < text.length) {
        const d = text[j] as string;
        const next = text[j + 1] ?? "";
        if (isWordChar(d)) j++;
        else if (d === "'" && isWordChar(next)) j++;
        else if ((d === "." || d === ",") && isDigit(text[j - 1]) && isDigit(next)) j++;
        else break;
      }
      for (const word of expandWord(text.slice(i, j))) out.push({ word });
      i = j;
      continue;
    }
    const before = text[i - 1] ?? "";
    const after = text[i + 1] ?? "";
    if (c === "'") {
      const wordBefore = isWordChar(before);
      const wordAfter = isWordChar(after);
      if (!wordBefore && wordAfter) out.push({ mark: "single-open" });
      else if (wordBefore && !wordAfter) out.push({ mark: "single-close" });
    } else if (c === '"') out.push({ mark: "toggle" });
    else if (c === "“") out.push({ mark: "open" });
    else if (c === "”") out.push({ mark: "close" });
    else if (stops.includes(c)) out.push({ mark: "stop" });
    else if (pauses.includes(c)) out.push({ mark: "comma" });
    else if (c === "-" && !(isWordChar(before) && isWordChar(after))) out.push({ mark: "comma" });
    i++;
  }
  return out;
}

/** Indices of quotation marks that pair up, labelled "open" or "close"; unpaired marks are left out. */
function pairQuotes(lexemes: Lexeme[]): Map<number, "open" | "close"> {
  const pairs = new Map<number, "open" | "close">();
  let open: { index: number; single: boolean } | null = null;
  lexemes.forEach((lexeme, index) => {
    if (!("mark" in lexeme)) return;
    const mark = lexeme.mark;
    if (open === null) {
      if (mark === "open" || mark === "toggle") open = { index, single: false };
      else if (mark === "single-open") open = { index, single: true };
      return;
    }
    const closesDouble = !open.single && (mark === "close" || mark === "toggle");
    const closesSingle = open.single && mark === "single-close";
    if (closesDouble || closesSingle) {
      pairs.set(open.index, "open");
      pairs.set(index, "close");
      open = null;
    }
  });
  return pairs;
}

interface RawSentence {
  tokens: string[];
  /** For each token, its index in the stream (to find a placeholder again). */
  positions: number[];
  from: number;
  to: number;
}

function toSentences(stream: Lexeme[]): RawSentence[] {
  const sentences: RawSentence[] = [];
  let tokens: string[] = [];
  let positions: number[] = [];
  let from = 0;
  const flush = (to: number) => {
    while (tokens[tokens.length - 1] === ",") {
      tokens.pop();
      positions.pop();
    }
    if (tokens.some((t) => t !== ",")) {
      sentences.push({ tokens: [...tokens, "|"], positions: [...positions, to], from, to });
    }
    tokens = [];
    positions = [];
    from = to + 1;
  };
  stream.forEach((lexeme, index) => {
    if ("word" in lexeme) {
      tokens.push(lexeme.word);
      positions.push(index);
    } else if (lexeme.mark === "stop") {
      flush(index);
    } else if (lexeme.mark === "comma" && tokens.length > 0 && tokens[tokens.length - 1] !== ",") {
      tokens.push(",");
      positions.push(index);
    }
  });
  flush(stream.length);
  return sentences;
}

/** Two words people often write apart that the rules read as one, by first word then second. */
const joined = new Map([
  ["any", new Map([["more", "anymore"]])],
  ["my", new Map([["self", "myself"]])],
]);

/** Two words people often write apart that the rules read as one ("any more", "my self"). */
function joinSplitWords(lexemes: Lexeme[]): Lexeme[] {
  const out: Lexeme[] = [];
  for (let i = 0; i < lexemes.length; i++) {
    const lexeme = lexemes[i] as Lexeme;
    const next = lexemes[i + 1];
    const pair =
      "word" in lexeme && next && "word" in next ? joined.get(lexeme.word)?.get(next.word) : undefined;
    if (pair) {
      out.push({ word: pair });
      i++;
    } else out.push(lexeme);
  }
  return out;
}
