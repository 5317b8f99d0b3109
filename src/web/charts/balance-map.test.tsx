import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { BalanceMap, type BalanceMapProps } from "./balance-map";

afterEach(cleanup);

const names = {
  balanced: "Balanced",
  "leaning-on-others": "Leaning on others",
  "keeping-distance": "Keeping distance",
  "pulled-both-ways": "Pulled both ways",
};

function draw(overrides: Partial<BalanceMapProps> = {}) {
  render(
    <BalanceMap
      reliance={{ tScore: 65, tBand: [59, 71] }}
      distance={{ tScore: 40, tBand: [35, 45] }}
      cut={55}
      regionNames={names}
      region="leaning-on-others"
      title="Your balance map"
      description="Reliance 65, Distance 40."
      axisReliance="Reliance →"
      axisDistance="Distance →"
      youLabel="You"
      {...overrides}
    />,
  );
  return screen.getByRole("img", { name: /Your balance map/ }) as unknown as SVGSVGElement;
}

describe("BalanceMap", () => {
  it("is one image with a title and a description, and names every region in words", () => {
    const svg = draw();
    expect(svg.querySelector("title")?.textContent).toBe("Your balance map");
    expect(svg.querySelector("desc")?.textContent).toBe("Reliance 65, Distance 40.");
    const labels = [...svg.querySelectorAll(".map-region-label")].map((t) => t.textContent);
    // Names too long for a quadrant wrap onto lines (tspans, hence no space in textContent).
    expect(labels).toEqual(["Balanced", "Leaning onothers", "Keeping distance", "Pulled bothways"]);
    expect(svg.querySelector(".region-current .map-region-label")?.textContent).toBe("Leaning onothers");
  });

  it("places the person right of the cut and below it for high Reliance and low Distance", () => {
    const svg = draw();
    const you = svg.querySelector(".map-you")!;
    const cutLines = [...svg.querySelectorAll(".map-cut")];
    const cutX = Number(cutLines[0]!.getAttribute("x1"));
    const cutY = Number(cutLines[1]!.getAttribute("y1"));
    expect(Number(you.getAttribute("cx"))).toBeGreaterThan(cutX);
    expect(Number(you.getAttribute("cy"))).toBeGreaterThan(cutY);
    // The ellipse spans the two bands: 12 T-points across, 10 up, on the same scale.
    const ellipse = svg.querySelector(".map-uncertainty")!;
    expect(Number(ellipse.getAttribute("rx")) / Number(ellipse.getAttribute("ry"))).toBeCloseTo(12 / 10, 5);
  });

  it("keeps an extreme position inside the drawing", () => {
    const svg = draw({ reliance: { tScore: 95, tBand: [88, 102] }, distance: { tScore: 5, tBand: [0, 12] } });
    const frame = svg.querySelector(".map-frame")!;
    const right = Number(frame.getAttribute("x")) + Number(frame.getAttribute("width"));
    const bottom = Number(frame.getAttribute("y")) + Number(frame.getAttribute("height"));
    const you = svg.querySelector(".map-you")!;
    expect(Number(you.getAttribute("cx"))).toBeLessThanOrEqual(right);
    expect(Number(you.getAttribute("cy"))).toBeLessThanOrEqual(bottom);
  });

  it("keeps the whole dot and its label inside the frame in the top-right corner", () => {
    const svg = draw({
      reliance: { tScore: 83, tBand: [77, 89] },
      distance: { tScore: 84, tBand: [78, 90] },
      region: "pulled-both-ways",
    });
    const frame = svg.querySelector(".map-frame")!;
    const [fx, fy] = [Number(frame.getAttribute("x")), Number(frame.getAttribute("y"))];
    const right = fx + Number(frame.getAttribute("width"));
    const you = svg.querySelector(".map-you")!;
    const r = Number(you.getAttribute("r"));
    expect(Number(you.getAttribute("cx")) + r).toBeLessThanOrEqual(right);
    expect(Number(you.getAttribute("cy")) - r).toBeGreaterThanOrEqual(fy);
    // The label goes under the dot rather than above the drawing.
    const label = svg.querySelector(".map-you-label")!;
    expect(Number(label.getAttribute("y"))).toBeGreaterThan(Number(you.getAttribute("cy")));
  });
});
