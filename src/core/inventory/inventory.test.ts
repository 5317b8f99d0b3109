import { describe, expect, it } from "vitest";
import { locales } from "../locale";
import {
  answerOptions,
  buildItems,
  inventory,
  keyedCategory,
  scaleIds,
  scales,
  validateInventory,
} from "./index";
import { provisionalParameters, unitHash } from "./parameters";
import type { Inventory } from "./types";

/** A deep copy to break on purpose: each defect below must be caught by the validator. */
function copy(): Inventory {
  return structuredClone(inventory);
}

function item(bank: Inventory, id: string) {
  const found = bank.items.find((entry) => entry.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

describe("the shipped Balance Inventory", () => {
  it("passes every rule of the validator", () => {
    expect(validateInventory(inventory)).toEqual([]);
  });

  it("has the four scales and the facets of PRODUCT.md section 2, in order", () => {
    expect(inventory.scales.map((s) => s.id)).toEqual([...scaleIds]);
    expect(inventory.scales.map((s) => s.facets.map((f) => f.id))).toEqual([
      [
        "reassurance-seeking",
        "fear-of-abandonment",
        "discomfort-alone",
        "decision-dependence",
        "regulating-through-others",
      ],
      ["refusing-support", "withholding-feelings", "discomfort-with-closeness"],
      ["self-regulation", "decision-confidence", "inner-validation", "comfortable-solitude"],
      ["expressing-needs", "support-by-choice", "respecting-independence"],
    ]);
  });

  it("is larger than the minimums, so the adaptive check has room to choose", () => {
    const count = (predicate: (i: (typeof inventory.items)[number]) => boolean) =>
      inventory.items.filter(predicate).length;
    expect(count((i) => i.scale === "reliance")).toBeGreaterThanOrEqual(20);
    for (const scale of ["distance", "self-trust", "connection"] as const) {
      expect(count((i) => i.scale === scale)).toBeGreaterThanOrEqual(15);
    }
    const perFacetMinimum = { reliance: 4, distance: 5, "self-trust": 4, connection: 5 };
    for (const scale of scales) {
      for (const facet of scale.facets) {
        expect(
          count((i) => i.facet === facet.id),
          facet.id,
        ).toBeGreaterThanOrEqual(perFacetMinimum[scale.id]);
      }
    }
  });

  it("has reverse-keyed items in every scale and in most facets", () => {
    const facetsWithReverse = new Set(inventory.items.filter((i) => i.reverse).map((i) => i.facet));
    const allFacets = scales.flatMap((s) => s.facets.map((f) => f.id));
    expect(facetsWithReverse.size / allFacets.length).toBeGreaterThan(0.5);
  });

  it("keeps item ids in the documented pattern", () => {
    const prefix = { reliance: "rel", distance: "dis", "self-trust": "st", connection: "con" };
    for (const entry of inventory.items)
      expect(entry.id).toMatch(new RegExp(`^${prefix[entry.scale]}-\\d{2}$`));
  });

  it("is marked provisional", () => {
    expect(inventory.provisional).toBe(true);
  });

  it("has realistic provisional discriminations: mean at most 2, none above 3, well above chance", () => {
    const as = inventory.items.map((i) => i.a);
    const mean = as.reduce((s, a) => s + a, 0) / as.length;
    expect(mean).toBeLessThanOrEqual(2);
    expect(Math.max(...as)).toBeLessThanOrEqual(3);
    expect(Math.min(...as)).toBeGreaterThan(0.8);
  });

  it("gives reverse-keyed items a lower discrimination on average", () => {
    const mean = (reverse: boolean) => {
      const list = inventory.items.filter((i) => i.reverse === reverse);
      return list.reduce((s, i) => s + i.a, 0) / list.length;
    };
    expect(mean(true)).toBeLessThan(mean(false));
  });

  it("centres each scale's thresholds near the trait mean", () => {
    for (const scale of scaleIds) {
      const bs = inventory.items.filter((i) => i.scale === scale).flatMap((i) => i.d.map((d) => -d / i.a));
      const mean = bs.reduce((s, b) => s + b, 0) / bs.length;
      expect(Math.abs(mean), scale).toBeLessThan(0.3);
      expect(Math.min(...bs), scale).toBeLessThan(-1.8);
      expect(Math.max(...bs), scale).toBeGreaterThan(1.8);
    }
  });

  it("offers five answers in every language, all different", () => {
    expect(answerOptions).toHaveLength(5);
    for (const locale of locales) {
      const labels = answerOptions.map((option) => option[locale].trim());
      expect(labels.every((label) => label.length > 0)).toBe(true);
      expect(new Set(labels).size).toBe(5);
    }
  });

  it("writes French that differs from the English", () => {
    for (const entry of inventory.items) expect(entry.text.fr).not.toBe(entry.text.en);
  });
});

describe("provisional parameters", () => {
  it("depend only on the item itself and are reproducible", () => {
    const base = { id: "rel-01", facet: "reassurance-seeking", reverse: false, intensity: 4 } as const;
    expect(provisionalParameters(base)).toEqual(provisionalParameters({ ...base }));
    expect(provisionalParameters(base)).toEqual({
      a: item(inventory, "rel-01").a,
      d: item(inventory, "rel-01").d,
    });
  });

  it("move thresholds up with intensity and discrimination down with reverse keying", () => {
    const spec = { id: "x-01", facet: "refusing-support", reverse: false } as const;
    const low = provisionalParameters({ ...spec, intensity: 1 });
    const high = provisionalParameters({ ...spec, intensity: 5 });
    // Same id: same spread draws, so only the location differs; higher intensity, lower intercepts.
    for (let k = 0; k < 4; k++) expect(high.d[k]).toBeLessThan(low.d[k] as number);
    expect(provisionalParameters({ ...spec, intensity: 3, reverse: true }).a).toBeLessThan(
      provisionalParameters({ ...spec, intensity: 3 }).a,
    );
  });

  it("hashes strings to [0, 1)", () => {
    const values = ["a", "b", "rel-01:a", ""].map(unitHash);
    for (const v of values) expect(v >= 0 && v < 1).toBe(true);
    expect(new Set(values).size).toBe(values.length);
  });

  it("keys raw answers 1..5 into categories 0..4, reversed for reverse-keyed items", () => {
    expect(keyedCategory({ reverse: false }, 5)).toBe(4);
    expect(keyedCategory({ reverse: true }, 5)).toBe(0);
    expect(keyedCategory({ reverse: true }, 2)).toBe(3);
    expect(() => keyedCategory({ reverse: false }, 6)).toThrow(/1 to 5/);
  });
});

describe("the validator catches each defect", () => {
  const cases: [string, (bank: Inventory) => void, RegExp][] = [
    ["a missing translation", (b) => (item(b, "rel-03").text.fr = ""), /item rel-03 has no fr text/],
    [
      "a missing facet description",
      (b) => {
        (b.scales[1]!.facets[0]!.description as Record<string, string>).en = "  ";
      },
      /facet refusing-support description has no en text/,
    ],
    [
      "a facet with fewer than 3 items",
      (b) => {
        b.items = b.items.filter((i) => !["rel-01", "rel-02"].includes(i.id));
      },
      /facet reassurance-seeking has 2 items, fewer than 3/,
    ],
    [
      "a scale below its minimum",
      (b) => {
        b.items = b.items.filter((i) => i.scale !== "connection" || i.id.localeCompare("con-11") <= 0);
      },
      /scale connection has \d+ items, fewer than 12/,
    ],
    ["unordered thresholds", (b) => item(b, "dis-02").d.reverse(), /dis-02 has unordered thresholds/],
    [
      "a threshold outside [−3, 3]",
      (b) => (item(b, "st-05").d[3] = -3.5 * item(b, "st-05").a),
      /st-05 has threshold/,
    ],
    ["a discrimination above 3", (b) => (item(b, "con-01").a = 3.2), /con-01 has discrimination 3.2/],
    [
      "a mean discrimination above 2",
      (b) => {
        for (const i of b.items) i.a = 2.2;
      },
      /mean discrimination 2.20 exceeds 2/,
    ],
    ["a duplicate id", (b) => (item(b, "rel-02").id = "rel-01"), /item id rel-01 is used twice/],
    [
      "a duplicate English text",
      (b) => (item(b, "dis-05").text.en = item(b, "dis-01").text.en),
      /dis-01 and dis-05 share the en text/,
    ],
    [
      "a duplicate French text",
      (b) => (item(b, "st-03").text.fr = item(b, "st-02").text.fr.toUpperCase()),
      /st-02 and st-03 share the fr text/,
    ],
    [
      "fewer than a quarter reverse-keyed",
      (b) => {
        for (const i of b.items.filter((i) => i.reverse).slice(0, 6)) i.reverse = false;
      },
      /fewer than a quarter/,
    ],
    [
      "a scale without any reverse-keyed item",
      (b) => {
        for (const i of b.items.filter((i) => i.scale === "self-trust")) i.reverse = false;
      },
      /scale self-trust has no reverse-keyed item/,
    ],
    [
      "an item pointing to an unknown facet",
      (b) => (item(b, "rel-05").facet = "nowhere"),
      /rel-05 points to unknown facet/,
    ],
  ];

  it.each(cases)("%s", (_name, breakIt, message) => {
    const bank = copy();
    breakIt(bank);
    const problems = validateInventory(bank);
    expect(
      problems.some((p) => message.test(p)),
      problems.join("\n"),
    ).toBe(true);
  });

  it("refuses to build an item whose facet no scale has", () => {
    const content = {
      id: "x-01",
      facet: "nowhere",
      reverse: false,
      intensity: 3,
      text: { en: "x", fr: "y" },
    } as const;
    expect(() => buildItems([content], scales)).toThrow(/known facet/);
  });
});
