import { cleanup } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { focusWhyTexts, focusWhyTogetherTexts } from "../../../core/profile/texts";
import type { FocusFacet } from "../../../core/profile/types";
import { renderWithI18n } from "../../test-support";
import { FocusFacets } from "./focus-facets";

afterEach(cleanup);

describe("the focus facets", () => {
  const facet = (id: string, why: string, need: number): FocusFacet => ({
    facet: id,
    scale: "reliance",
    name: id,
    direction: "ease",
    need,
    evidence: "answers",
    why,
    dailyLife: `${id} in daily life`,
    firstStep: `${id} first step`,
  });
  const mild = focusWhyTexts.ease.mild.en;

  it("say a reason shared by all three once, above them", () => {
    const { container } = renderWithI18n(
      <FocusFacets
        facets={[facet("a", mild, 0.2), facet("b", mild, 0.3), facet("c", mild, 0.1)]}
        locale="en"
      />,
    );
    expect(container.textContent?.includes(mild)).toBe(false);
    expect(container.querySelector(".focus-intro")?.textContent).toBe(focusWhyTogetherTexts.ease.mild.en);
  });

  it("keep different reasons on each facet", () => {
    const marked = focusWhyTexts.ease.marked.en;
    const { container } = renderWithI18n(
      <FocusFacets
        facets={[facet("a", marked, 0.9), facet("b", mild, 0.3), facet("c", mild, 0.1)]}
        locale="en"
      />,
    );
    expect(container.querySelector(".focus-intro")).toBeNull();
    expect(container.textContent?.split(mild).length).toBe(3);
  });
});
