import { regexPrefixes } from "./regex-prefixes";

/** How many first characters of a match the index reads: enough to tell "he " from "help". */
export const prefixDepth = 6;

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The patterns one of whose prefixes ends here. */
  ids: number[];
}

/**
 * Where each of many sticky patterns can start in a sentence, from the literal prefixes of their
 * matches (see `regexPrefixes`), kept in a trie of characters. Built once per rule book.
 */
export interface PrefixIndex {
  ids: ReadonlyMap<RegExp, number>;
  /** Per pattern: whether it may start anywhere (its matches have no literal prefix). */
  anywhere: readonly boolean[];
  root: TrieNode;
  /** The root's children by character code below 128: the first step of every walk, made cheap. */
  first: readonly (TrieNode | undefined)[];
}

/**
 * Indexes patterns by the prefixes their matches start with. O(total prefixes × depth).
 * Example: `buildPrefixIndex([/he hits/y, /she/y])` lets `candidateStarts` skip every word that
 * starts with neither "he hit" nor "she".
 */
export function buildPrefixIndex(regexes: Iterable<RegExp>, depth = prefixDepth): PrefixIndex {
  const ids = new Map<RegExp, number>();
  const anywhere: boolean[] = [];
  const root: TrieNode = { next: new Map(), ids: [] };
  for (const regex of regexes) {
    if (ids.has(regex)) continue;
    const id = ids.size;
    ids.set(regex, id);
    const prefixes = regexPrefixes(regex, depth);
    anywhere[id] = prefixes.includes("");
    if (anywhere[id]) continue;
    for (const prefix of prefixes) {
      let node = root;
      for (let i = 0; i < prefix.length; i++) {
        const code = prefix.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) {
          child = { next: new Map(), ids: [] };
          node.next.set(code, child);
        }
        node = child;
      }
      if (!node.ids.includes(id)) node.ids.push(id);
    }
  }
  const first: (TrieNode | undefined)[] = [];
  for (let code = 0; code < 128; code++) first.push(root.next.get(code));
  return { ids, anywhere, root, first };
}

/** The word positions where a pattern may match; `undefined` means every position. */
export type StartsOf = (regex: RegExp) => readonly number[] | undefined;

const none: readonly number[] = [];

/**
 * For one sentence written as " a b c " with words starting at `starts`, the positions (indices into
 * `starts`, ascending) at which each indexed pattern may match: every other position is certain to
 * fail. Patterns not in the index, or with no literal prefix, get `undefined` (try everywhere).
 * O(words × depth) walking the trie, plus the candidates found.
 */
export function candidateStarts(index: PrefixIndex, text: string, starts: readonly number[]): StartsOf {
  const lists: number[][] = [];
  for (let word = 0; word < starts.length; word++) {
    let node = index.root;
    for (let at = starts[word] as number; at < text.length; at++) {
      const code = text.charCodeAt(at);
      const child = node === index.root && code < 128 ? index.first[code] : node.next.get(code);
      if (!child) break;
      node = child;
      for (const id of node.ids) {
        const list = lists[id];
        if (!list) lists[id] = [word];
        else if (list[list.length - 1] !== word) list.push(word);
      }
    }
  }
  return (regex) => {
    const id = index.ids.get(regex);
    if (id === undefined || index.anywhere[id]) return undefined;
    return lists[id] ?? none;
  };
}
