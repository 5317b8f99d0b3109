import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { buildProfile } from "../../../core/profile/build-profile";
import { fourScores } from "../../../core/profile/test-scores";
import { renderWithI18n } from "../../test-support";
import { BalanceMapSection } from "./balance-map-section";
import { SpectrumSection } from "./spectrum-section";

afterEach(cleanup);

function show(thetas: { reliance: number; distance: number }, language: "en" | "fr" = "en") {
  const scores = fourScores({ ...thetas, "self-trust": 0, connection: 0 });
  const profile = buildProfile({ scores, locale: language });
  renderWithI18n(
    <>
      <BalanceMapSection profile={profile} />
      <SpectrumSection profile={profile} />
    </>,
    language,
  );
  return profile;
}

const line = () => screen.getByRole("img", { name: /In one line|En une ligne/ });

describe("the spectrum beside the map", () => {
  it("says balanced, with the map's figure, for Reliance T 40 and Distance T 50", () => {
    const profile = show({ reliance: -1, distance: 0 });
    expect(profile.region.id).toBe("balanced");
    const percent = `${Math.round(profile.region.probability * 100)}%`;
    // The map's list and the line's sentence name the same region with the same figure.
    expect(document.querySelector(".probability-list li.is-top")?.textContent).toMatch(
      new RegExp(`Balanced.*${percent}`),
    );
    expect(screen.getByText(/your answers place you in the balanced middle/).textContent).toContain(
      `(about ${percent} likely)`,
    );
    expect(document.body.textContent).not.toMatch(/towards going it alone/);
    // The dot sits in the shaded middle.
    const svg = line();
    const middle = svg.querySelector(".spectrum-middle")!;
    const x = Number(svg.querySelector(".spectrum-dot")?.getAttribute("cx"));
    const from = Number(middle.getAttribute("x"));
    expect(x).toBeGreaterThanOrEqual(from);
    expect(x).toBeLessThanOrEqual(from + Number(middle.getAttribute("width")));
  });

  it("marks both ends and shows no dot when both pulls are strong, pointing to the map", () => {
    show({ reliance: 1.5, distance: 1.4 });
    const svg = line();
    expect(svg.querySelector(".spectrum-dot")).toBeNull();
    expect(svg.querySelectorAll(".spectrum-arrow")).toHaveLength(2);
    expect(svg.querySelector("desc")?.textContent).toMatch(/Both ends are marked and there is no dot/);
    expect(screen.getByText(/both pulls are strong right now/).textContent).toMatch(/balance map/);
  });

  it("speaks French with the same reading", () => {
    show({ reliance: 1.6, distance: -0.8 }, "fr");
    expect(
      screen.getByText(/du côté de l’appui sur les autres|du côté de l'appui sur les autres/),
    ).toBeTruthy();
    expect(line().querySelector(".spectrum-dot")).not.toBeNull();
  });
});
