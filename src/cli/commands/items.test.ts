import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { inventory } from "../../core/inventory/index";

const run = promisify(execFile);
const bin = resolve(import.meta.dirname, "../../../bin/poise.js");

describe("poise items", () => {
  it("prints the inventory as JSON in the documented shape", async () => {
    const { stdout } = await run(process.execPath, [bin, "items", "--json"]);
    const printed = JSON.parse(stdout);
    expect(printed.provisional).toBe(true);
    expect(printed.scales.map((s: { id: string }) => s.id)).toEqual([
      "reliance",
      "distance",
      "self-trust",
      "connection",
    ]);
    expect(printed.scales[1].facets.map((f: { id: string }) => f.id)).toEqual([
      "refusing-support",
      "withholding-feelings",
      "discomfort-with-closeness",
    ]);
    expect(printed.items).toHaveLength(inventory.items.length);
    const first = printed.items[0];
    expect(Object.keys(first).sort()).toEqual(["a", "d", "facet", "id", "reverse", "scale", "text"]);
    expect(first).toEqual({
      id: "rel-01",
      scale: "reliance",
      facet: "reassurance-seeking",
      reverse: false,
      a: inventory.items[0]!.a,
      d: inventory.items[0]!.d,
      text: inventory.items[0]!.text,
    });
    for (const item of printed.items) {
      expect(item.d).toHaveLength(4);
      expect(typeof item.text.en).toBe("string");
      expect(typeof item.text.fr).toBe("string");
    }
  });

  it("prints a readable table that says the parameters are provisional, in French on request", async () => {
    const { stdout } = await run(process.execPath, [bin, "items", "--lang", "fr"]);
    expect(stdout).toMatch(/PROVISIONAL/);
    expect(stdout).toContain("con-18 R");
    expect(stdout).toContain(inventory.items.find((i) => i.id === "st-13")!.text.fr);
  });

  it("names the bad option when the language is unknown", async () => {
    await expect(run(process.execPath, [bin, "items", "--lang", "de"])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/--lang must be "en" or "fr"/),
    });
  });
});
