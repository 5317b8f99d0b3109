import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Locale } from "../locale";
import { evaluationFile, ordinaryFile, parseLabelledSet, parseOrdinary } from "./evaluation/labelled-set";
import { spans, tokenStarts } from "./match-spans";
import { normalizeText } from "./normalize-text";
import { buildPrefixIndex, candidateStarts } from "./prefix-index";
import { ruleBook } from "./rule-book";
import { splitSentences } from "./split-sentences";

describe("candidateStarts", () => {
  it("keeps only the words where a pattern can start", () => {
    const hits = /(?:he|she) hits/y;
    const alone = /alone/y;
    const index = buildPrefixIndex([hits, alone, /[^ ]+ x/y]);
    const tokens = ["she", "said", "he", "hits", "|"];
    const text = ` ${tokens.join(" ")} `;
    const startsOf = candidateStarts(index, text, tokenStarts(tokens));
    expect(startsOf(hits)).toEqual([2]);
    expect(startsOf(alone)).toEqual([]);
    expect(startsOf(/[^ ]+ x/y)).toBeUndefined();
  });

  // The index must give the same matches as trying every word, for every rule and idiom of both
  // languages, on every sentence of the evaluation files (and the idioms before masking).
  it("finds the same spans as trying every word, on every evaluation sentence", () => {
    const folder = join(import.meta.dirname, "evaluation");
    let compared = 0;
    let found = 0;
    for (const locale of ["en", "fr"] as Locale[]) {
      const book = ruleBook(locale);
      const regexes = [...book.writerRules, ...book.partnerQuoteRules, ...book.idioms].flatMap((c) =>
        c.together ? [c.regex, c.together] : [c.regex],
      );
      const index = buildPrefixIndex(regexes);
      const texts = [
        ...parseLabelledSet(readFileSync(join(folder, evaluationFile(locale, "development")), "utf8")),
        ...parseLabelledSet(readFileSync(join(folder, evaluationFile(locale, "held-out")), "utf8")),
      ].map((row) => row.text);
      texts.push(...parseOrdinary(readFileSync(join(folder, ordinaryFile(locale)), "utf8")));
      for (const text of texts) {
        for (const { tokens } of splitSentences(normalizeText(text))) {
          const written = ` ${tokens.join(" ")} `;
          const starts = tokenStarts(tokens);
          const startsOf = candidateStarts(index, written, starts);
          for (const regex of regexes) {
            const everywhere = [...spans({ rule: null, regex }, written, starts)];
            const indexed = [...spans({ rule: null, regex }, written, starts, startsOf(regex))];
            expect(indexed, `${regex.source.slice(0, 60)} on "${text}"`).toEqual(everywhere);
            compared++;
            found += everywhere.length;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(500_000);
    expect(found).toBeGreaterThan(3000);
  });
});
