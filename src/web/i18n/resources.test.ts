import { describe, expect, it } from "vitest";
import { en } from "./en";
import { fr } from "./fr";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const english = flatten(en as Tree);
const french = flatten(fr as Tree);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("web texts", () => {
  it("has the same keys in English and French", () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("has no empty text", () => {
    for (const [key, text] of [...english, ...french]) expect(text.trim(), key).not.toBe("");
  });

  it("uses the same placeholders in both languages", () => {
    for (const [key, text] of english)
      expect(placeholders(french.get(key)!), key).toEqual(placeholders(text));
  });

  it("is written in French, not left in English", () => {
    // Words that are the same in both languages.
    const same = new Set(["Poise", "Journal", "Date", "Distance", "Menu", "{{value}} %", "France", "Canada"]);
    const untranslated = [...english].filter(([key, text]) => french.get(key) === text && !same.has(text));
    expect(untranslated).toEqual([]);
  });

  it("uses French typography: a no-break space before ? ! : ; and inside « »", () => {
    // The web app's own texts; the Insights and Practices pages keep theirs in their own files.
    const own = [...french].filter(([key]) => !/^(insights|practices)\./.test(key));
    for (const [key, text] of own) {
      expect(text, key).not.toMatch(/[^\s\u202f\u00a0][?!;](\s|$)/u);
      expect(text, key).not.toMatch(/ [?!:;»]/u);
      expect(text, key).not.toMatch(/« /u);
    }
  });
});
