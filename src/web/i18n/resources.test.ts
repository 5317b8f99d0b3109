import { describe, expect, it } from "vitest";
import { frenchTypographyIssues } from "../../core/profile/french-typography";
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
    // Every French text of the web app, the Insights and Practices pages included, by the same rule as
    // the core's French (src/core/profile/french-typography.ts).
    const wrong = [...french].flatMap(([key, text]) =>
      frenchTypographyIssues(text).map((i) => `${key}: ${i}`),
    );
    expect(wrong).toEqual([]);
  });

  it("says every counted thing with a singular and a plural form", () => {
    // A count followed by a word ("{{count}} checks") must come as _one/_other keys, so that 1 reads
    // "1 check" (and 0 or 1 read "0 réponse", "1 réponse" in French).
    for (const [key, text] of [...english, ...french]) {
      if (/\{\{count\}\} \p{L}/u.test(text)) expect(key, text).toMatch(/_(one|other)$/);
      expect(text, key).not.toMatch(/\{\{(answered|seconds|n)\}\} \p{L}/u);
    }
  });

  it("reads 1 and 2 the right way in both languages", async () => {
    const { setupI18n } = await import("./setup");
    const en = setupI18n("en");
    const fr = setupI18n("fr");
    expect(en.t("check.inProgress", { count: 1 })).toMatch(/1 statement answered/);
    expect(en.t("check.inProgress", { count: 2 })).toMatch(/2 statements answered/);
    expect(fr.t("check.progressFull", { count: 1, total: 72 })).toBe("1 réponse sur 72");
    expect(fr.t("check.progressFull", { count: 0, total: 72 })).toBe("0 réponse sur 72");
    expect(fr.t("check.progressFull", { count: 2, total: 72 })).toBe("2 réponses sur 72");
    expect(en.t("history.chartAlt", { scale: "Reliance", count: 1 })).toMatch(/, 1 check\./);
    expect(en.t("insights.method", { count: 1 })).toMatch(/^Poise made 1 comparison here\./);
    expect(
      fr.t("insights.trendAlt", { metric: "Humeur", days: 30, count: 1, last7: "", last30: "" }),
    ).toMatch(/1 jour noté\./);
    expect(en.t("auth.rateLimited", { count: 1 })).toMatch(/wait 1 second,/);
  });
});
