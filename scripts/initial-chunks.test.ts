import { describe, expect, it } from "vitest";
import { initialChunks, type Manifest } from "./initial-chunks";

const manifest: Manifest = {
  "index.html": {
    file: "assets/index.js",
    isEntry: true,
    imports: ["_react.js"],
    dynamicImports: ["page.tsx", "big.tsx"],
  },
  "_react.js": { file: "assets/react.js" },
  "page.tsx": { file: "assets/page.js", isDynamicEntry: true, imports: ["_react.js", "_shared.js"] },
  "_shared.js": { file: "assets/shared.js", imports: ["_react.js"] },
  "big.tsx": { file: "assets/big.js", isDynamicEntry: true, imports: ["_charts.js"] },
  "_charts.js": { file: "assets/charts.js" },
};

describe("initialChunks", () => {
  it("follows static imports once each and leaves dynamic imports out", () => {
    expect(initialChunks(manifest, ["index.html", "page.tsx"])).toEqual([
      "assets/index.js",
      "assets/react.js",
      "assets/page.js",
      "assets/shared.js",
    ]);
  });

  it("refuses a key the build does not have", () => {
    expect(() => initialChunks(manifest, ["missing.tsx"])).toThrow(/missing\.tsx/);
  });
});
