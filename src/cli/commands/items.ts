import { Command } from "commander";
import { inventory, provisionalRule } from "../../core/inventory/index";
import type { Inventory } from "../../core/inventory/types";

/**
 * The inventory as other tools read it (issue 2, "Output formats"): scales with their facets, and
 * every item with its keying, provisional graded-response parameters and both texts. Names and the
 * `provisional` flag are extra keys.
 */
export function inventoryJson(bank: Inventory = inventory) {
  return {
    provisional: bank.provisional,
    parameterisation: "P(X >= k | theta) = logistic(a*theta + d[k-1]); b_k = -d_k / a; keyed categories 0..4",
    scales: bank.scales.map((scale) => ({
      id: scale.id,
      name: scale.name,
      facets: scale.facets.map((facet) => ({ id: facet.id, name: facet.name })),
    })),
    items: bank.items.map((item) => ({
      id: item.id,
      scale: item.scale,
      facet: item.facet,
      reverse: item.reverse,
      a: item.a,
      d: [...item.d],
      text: { en: item.text.en, fr: item.text.fr },
    })),
  };
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

/** A readable table: one line per item, grouped by scale and facet. */
export function inventoryTable(bank: Inventory = inventory, locale: "en" | "fr" = "en"): string {
  const lines: string[] = [];
  const meanA = bank.items.reduce((sum, item) => sum + item.a, 0) / bank.items.length;
  const reversed = bank.items.filter((item) => item.reverse).length;
  lines.push(
    `Balance Inventory: ${bank.items.length} items, ${reversed} reverse-keyed (R), mean a ${meanA.toFixed(2)}.`,
  );
  if (bank.provisional) {
    lines.push(
      `Parameters are PROVISIONAL (a rule, not yet a calibration: base a ${provisionalRule.baseDiscrimination}); see docs/psychometrics.md.`,
    );
  }
  for (const scale of bank.scales) {
    lines.push("", `${scale.name[locale].toUpperCase()} (${scale.id})`);
    for (const facet of scale.facets) {
      lines.push(`  ${facet.name[locale]} (${facet.id})`);
      for (const item of bank.items.filter((entry) => entry.facet === facet.id)) {
        const b = item.d.map((d) => (-d / item.a).toFixed(2).padStart(5)).join(" ");
        lines.push(
          `    ${pad(item.id, 7)}${item.reverse ? "R" : " "}  a ${item.a.toFixed(2)}  b ${b}  ${item.text[locale]}`,
        );
      }
    }
  }
  return lines.join("\n");
}

/** `poise items [--json] [--lang fr]`: prints the Balance Inventory. */
export function itemsCommand(): Command {
  return new Command("items")
    .description("Print the Balance Inventory: scales, facets, items and their provisional parameters")
    .option("--json", "print JSON: { scales, items } with ids, keying, a, d and texts in en and fr")
    .option("--lang <locale>", "language of the table (en or fr)", "en")
    .action((options: { json?: boolean; lang: string }) => {
      if (options.json) {
        process.stdout.write(`${JSON.stringify(inventoryJson(), null, 2)}\n`);
        return;
      }
      if (options.lang !== "en" && options.lang !== "fr") {
        throw new Error(`--lang must be "en" or "fr", got "${options.lang}"`);
      }
      process.stdout.write(`${inventoryTable(inventory, options.lang)}\n`);
    });
}
