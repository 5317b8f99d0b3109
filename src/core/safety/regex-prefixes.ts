/**
 * The ways a match may begin: `closed` holds whole matches shorter than the depth ("me" for /me/),
 * `open` first letters after which the match may go on with anything ("slap" for /slap[a-z]*\/).
 */
interface Prefixes {
  open: ReadonlySet<string>;
  closed: ReadonlySet<string>;
}

/** Characters with a meaning of their own in a pattern. */
const special = new Set([..."\\^$.|?*+()[]{}"]);
const quantifiers = new Set([..."?*+{"]);

/** Beyond this many prefixes a pattern is said to start anywhere: the index would gain nothing. */
const maximumPrefixes = 4096;

/** The prefixes of every match when nothing is known: the empty string, then anything. */
const anywhere: Prefixes = { open: new Set([""]), closed: new Set() };
/** The prefixes of a zero-width part (a lookaround, an anchor): the empty string, closed. */
const zeroWidth: Prefixes = { open: new Set(), closed: new Set([""]) };

/**
 * The literal prefixes, at most `depth` characters long, with which every match of a regular
 * expression begins: a match of `regex` at some position is only possible where the text there
 * starts with one of them. The converse does not hold (lookarounds, negated classes and wide
 * classes such as [a-z] are read as "anything"), so the list is a necessary condition: skipping a
 * position that starts with none of them never loses a match. A pattern whose matches may start
 * with anything (or that this reader does not understand, or with the i flag) gives `[""]`.
 *
 * The reader knows the syntax the rules use: literals, escapes, groups (capturing, non-capturing,
 * named), lookarounds, alternation, classes and the quantifiers ? * + {m} {m,} {m,n}, greedy or
 * lazy. Reference: the "prefix" idea of filtered regular-expression matching, e.g. R. Cox, "Regular
 * Expression Matching with a Trigram Index" (2012), where each node of the expression yields a set of
 * strings its matches must contain.
 *
 * Complexity: O(length of the source × prefixes kept), prefixes capped at a few thousand.
 * Example: `regexPrefixes(/(?:he|she) (?:hits|hit) me/y, 4)` is `["he h", "she "]`.
 */
export function regexPrefixes(regex: RegExp, depth: number): string[] {
  if (regex.ignoreCase) return [""];
  try {
    const reader = new PatternReader(regex.source, depth);
    const prefixes = reader.readAll();
    const texts = [...prefixes.open, ...prefixes.closed];
    // A match that may be empty may start anywhere.
    return texts.includes("") ? [""] : [...new Set(texts)].sort();
  } catch {
    return [""];
  }
}

/** A recursive-descent reader of one pattern, each node giving the prefixes of its matches. */
class PatternReader {
  private at = 0;
  /** Above zero while reading past a part whose prefixes are not needed. */
  private skipping = 0;

  constructor(
    private readonly source: string,
    private readonly depth: number,
  ) {}

  readAll(): Prefixes {
    const prefixes = this.alternation();
    if (this.at !== this.source.length) throw new Error("unbalanced pattern");
    return prefixes;
  }

  private alternation(): Prefixes {
    const first = this.sequence();
    if (this.source[this.at] !== "|") return first;
    // Many alternatives ("he|she|they|..."): gathered in place rather than copied at each one.
    const open = new Set(first.open);
    const closed = new Set(first.closed);
    while (this.source[this.at] === "|") {
      this.at++;
      const next = this.sequence();
      if (this.skipping > 0) continue;
      for (const text of next.open) open.add(text);
      for (const text of next.closed) closed.add(text);
    }
    return capped({ open, closed });
  }

  private sequence(): Prefixes {
    let prefixes = zeroWidth;
    while (this.at < this.source.length) {
      const c = this.source[this.at];
      if (c === "|" || c === ")") break;
      if (this.skipping > 0 || prefixes.closed.size === 0) {
        // Every prefix is complete: the rest of the sequence is only read past, not analysed.
        this.skipping++;
        this.quantified(this.atom());
        this.skipping--;
        continue;
      }
      const run = this.literalRun();
      if (run) prefixes = concat(prefixes, literal(run), this.depth);
      else prefixes = concat(prefixes, this.quantified(this.atom()), this.depth);
    }
    return prefixes;
  }

  /**
   * Plain characters with no quantifier after them ("he ", "my partner"), read as one string: one
   * step instead of one per character. Leaves a character that a quantifier follows to `atom`.
   */
  private literalRun(): string {
    let end = this.at;
    while (end < this.source.length && !special.has(this.source[end] as string)) end++;
    if (quantifiers.has(this.source[end] as string)) end--;
    if (end <= this.at) return "";
    const run = this.source.slice(this.at, end);
    this.at = end;
    return run;
  }

  private atom(): Prefixes {
    const c = this.source[this.at] as string;
    this.at++;
    if (c === "(") return this.group();
    if (c === "[") return this.characterClass();
    if (c === "\\") return this.escape();
    if (c === ".") return anywhere;
    if (c === "^" || c === "$") return zeroWidth;
    if (c === "*" || c === "+" || c === "?" || c === "{" || c === "}" || c === "]") {
      throw new Error(`unexpected ${c}`);
    }
    return this.skipping > 0 ? zeroWidth : literal(c);
  }

  private group(): Prefixes {
    const rest = this.source.slice(this.at);
    let lookaround = false;
    if (rest.startsWith("?:")) this.at += 2;
    else if (rest.startsWith("?=") || rest.startsWith("?!")) {
      this.at += 2;
      lookaround = true;
    } else if (rest.startsWith("?<=") || rest.startsWith("?<!")) {
      this.at += 3;
      lookaround = true;
    } else if (rest.startsWith("?<")) {
      const close = rest.indexOf(">");
      if (close < 0) throw new Error("unclosed group name");
      this.at += close + 1;
    } else if (rest.startsWith("?")) throw new Error("unknown group");
    const inner = this.alternation();
    if (this.source[this.at] !== ")") throw new Error("unclosed group");
    this.at++;
    // A lookaround adds a condition but consumes nothing: ignoring the condition stays safe.
    return lookaround ? zeroWidth : inner;
  }

  private characterClass(): Prefixes {
    let negated = false;
    if (this.source[this.at] === "^") {
      negated = true;
      this.at++;
    }
    const members = new Set<string>();
    let wide = false;
    while (this.at < this.source.length && this.source[this.at] !== "]") {
      let c = this.source[this.at] as string;
      this.at++;
      if (c === "\\") {
        const escaped = this.source[this.at] as string;
        this.at++;
        if (/[dDsSwWbB]/.test(escaped)) {
          wide = true;
          continue;
        }
        if (/[a-zA-Z0-9]/.test(escaped)) throw new Error("unknown escape in class");
        c = escaped;
      }
      if (this.source[this.at] === "-" && this.source[this.at + 1] !== "]") {
        const to = this.source[this.at + 1] as string;
        if (to === "\\") throw new Error("escaped range end");
        this.at += 2;
        const from = c.charCodeAt(0);
        const end = to.charCodeAt(0);
        if (end < from) throw new Error("bad range");
        if (end - from > 16) wide = true;
        else for (let code = from; code <= end; code++) members.add(String.fromCharCode(code));
        continue;
      }
      members.add(c);
    }
    if (this.source[this.at] !== "]") throw new Error("unclosed class");
    this.at++;
    // [] matches nothing and [^] anything: both are read as "anything", which is safe.
    if (negated || wide || members.size === 0 || members.size > 16) return anywhere;
    return { open: new Set(), closed: members };
  }

  private escape(): Prefixes {
    const c = this.source[this.at];
    if (c === undefined) throw new Error("trailing backslash");
    this.at++;
    if (c === "b" || c === "B") return zeroWidth;
    if (c === "d") return { open: new Set(), closed: new Set("0123456789") };
    if (/[sSwWD]/.test(c)) return anywhere;
    // Letters and digits after a backslash mean something else (\n, \u0041, a back-reference).
    if (/[a-zA-Z0-9]/.test(c)) throw new Error(`unknown escape \\${c}`);
    return literal(c);
  }

  private quantified(atom: Prefixes): Prefixes {
    const c = this.source[this.at];
    let min: number;
    let max: number;
    if (c === "*" || c === "+" || c === "?") {
      this.at++;
      min = c === "+" ? 1 : 0;
      max = c === "?" ? 1 : Number.POSITIVE_INFINITY;
    } else if (c === "{") {
      const bounds = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!bounds) throw new Error("literal brace");
      this.at += bounds[0].length;
      min = Number(bounds[1]);
      max = bounds[2] === undefined ? min : bounds[3] === "" ? Number.POSITIVE_INFINITY : Number(bounds[3]);
    } else return atom;
    if (this.source[this.at] === "?") this.at++; // lazy: the same matches, in another order
    if (this.skipping > 0) return zeroWidth;
    let prefixes = zeroWidth;
    for (let i = 0; i < min; i++) prefixes = concat(prefixes, atom, this.depth);
    if (max === min) return prefixes;
    if (max === min + 1) return concat(prefixes, union(zeroWidth, atom), this.depth);
    // Two or more further copies: nothing, or a copy followed by anything (unrolling them costs
    // much and tells little).
    const open: Prefixes = { open: new Set([...atom.open, ...atom.closed]), closed: new Set() };
    return concat(prefixes, union(zeroWidth, open), this.depth);
  }
}

function literal(text: string): Prefixes {
  return { open: new Set(), closed: new Set([text]) };
}

function union(a: Prefixes, b: Prefixes): Prefixes {
  return capped({ open: new Set([...a.open, ...b.open]), closed: new Set([...a.closed, ...b.closed]) });
}

/** The prefixes of `a` followed by `b`: an open prefix of `a` stays as it is, a closed one goes on. */
function concat(a: Prefixes, b: Prefixes, depth: number): Prefixes {
  const open = new Set(a.open);
  const closed = new Set<string>();
  for (const left of a.closed) {
    if (left.length >= depth) {
      open.add(left.slice(0, depth));
      continue;
    }
    for (const right of b.open) open.add((left + right).slice(0, depth));
    for (const right of b.closed) {
      const text = left + right;
      if (text.length >= depth) open.add(text.slice(0, depth));
      else closed.add(text);
    }
  }
  return capped({ open, closed });
}

/** Too many prefixes, or a match that may go on with anything from the start, say nothing. */
function capped(prefixes: Prefixes): Prefixes {
  const size = prefixes.open.size + prefixes.closed.size;
  return prefixes.open.has("") || size > maximumPrefixes ? anywhere : prefixes;
}
