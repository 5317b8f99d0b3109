import { describe, expect, it } from "vitest";
import { buildProfile, frenchTypographyIssues } from "../../core/profile/index";
import { fourScores } from "../../core/profile/test-scores";
import { renderProfile, spectrumLine } from "./assess-report";

const profileOf = (reliance: number, distance: number, locale: "en" | "fr" = "en") =>
  buildProfile({ scores: fourScores({ reliance, distance, "self-trust": 0, connection: 0 }), locale });
const check = { mode: "full" as const, answered: 72, bankSize: 72 };

/** The cells between the two labels of a drawn line. */
const cells = (line: string) => [
  ...line.replace(/^leaning on others {2}/, "").replace(/ {2}going it alone$/, ""),
];

describe("the spectrum in the terminal", () => {
  it("puts the dot between the middle's borders when the map says balanced (Reliance T 40, Distance T 50)", () => {
    const profile = profileOf(-1, 0);
    expect(profile.region.id).toBe("balanced");
    const drawn = cells(spectrumLine(profile, 24));
    expect(drawn).toHaveLength(24);
    const borders = drawn.flatMap((c, i) => (c === "┆" || c === "╪" ? [i] : []));
    const dot = drawn.indexOf("●");
    expect(borders).toHaveLength(2);
    expect(dot).toBeGreaterThan(borders[0]!);
    expect(dot).toBeLessThan(borders[1]!);
    const text = renderProfile(profile, check);
    expect(text).toContain("in the balanced middle");
    expect(text).not.toContain("towards going it alone");
  });

  it("puts the dot in the left part for leaning on others", () => {
    const drawn = cells(spectrumLine(profileOf(1.8, -0.6), 24));
    expect(drawn.indexOf("●")).toBeLessThan(drawn.indexOf("┆"));
  });

  it("marks both ends and draws no dot when both pulls are strong", () => {
    const profile = profileOf(1.5, 1.4);
    const drawn = spectrumLine(profile, 24);
    expect(drawn).not.toContain("●");
    expect(cells(drawn)[0]).toBe("◀");
    expect(cells(drawn).at(-1)).toBe("▶");
    expect(renderProfile(profile, check)).toMatch(/both pulls are strong right now/);
  });

  it("writes the whole French profile with French typography", () => {
    for (const [reliance, distance] of [
      [-1, 0],
      [1.5, 1.4],
      [0.45, 1.2],
    ] as const) {
      const text = renderProfile(profileOf(reliance, distance, "fr"), { ...check, mode: "adaptive" });
      expect(text).toContain("Votre profil d’équilibre");
      expect(text.split("\n").flatMap((line) => frenchTypographyIssues(line))).toEqual([]);
    }
  });
});
