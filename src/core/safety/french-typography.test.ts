import { describe, expect, it } from "vitest";
import { frenchTypographyIssues } from "../profile/french-typography";
import { helpResources, regionCodes } from "./resources";
import { supportFor } from "./support-for";

// The safety texts follow the French typography of the rest of the app: typographic apostrophe,
// narrow no-break space before ; ! ?, no-break space before : and inside « » (profile/french-typography.ts).
describe("French typography of the safety texts", () => {
  it("is right in every French text of the reviewed help resources", () => {
    const texts = helpResources.flatMap((r) => [
      [`${r.id}.name`, r.name.fr],
      [`${r.id}.description`, r.description.fr],
      [`${r.id}.availability`, r.availability.fr],
      ...r.contacts.map((c, i) => [`${r.id}.contacts[${i}]`, c.display.fr]),
    ]);
    expect(texts.length).toBeGreaterThan(40);
    for (const [where, text] of texts) expect(frenchTypographyIssues(text as string), where).toEqual([]);
  });

  it("is right in everything supportFor shows in French, for every signal and region", () => {
    const combinations = [["crisis"], ["coercion"], ["crisis", "coercion"], []] as const;
    for (const signals of combinations) {
      for (const region of regionCodes) {
        const support = supportFor(signals, "fr", region);
        const shown = [support.title, ...support.message, support.note];
        for (const r of support.resources) shown.push(r.name, r.description, r.availability);
        for (const text of shown) expect(frenchTypographyIssues(text), text).toEqual([]);
      }
    }
  });

  it("would catch a straight apostrophe or a missing space", () => {
    expect(frenchTypographyIssues("Vous n'êtes pas seul : appelez !").length).toBeGreaterThan(0);
  });
});
