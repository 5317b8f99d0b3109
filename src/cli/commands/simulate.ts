import { Command } from "commander";
import { inventory } from "../../core/inventory/index";
import { DEFAULT_ASSESSMENT_OPTIONS, type SimulationReport, simulate } from "../../core/measurement/index";

interface SimulateFlags {
  respondents: string;
  seed: string;
  seTarget?: string;
  maxItems?: string;
  minItems?: string;
  json?: boolean;
}

function integerOption(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** A readable summary of a simulation report. */
export function simulationTable(report: SimulationReport): string {
  const share = (100 * report.meanItems) / report.bankSize;
  const lines = [
    `Adaptive check simulated on the Balance Inventory: ${report.respondents} people, ${report.bankSize} items.`,
    `Items used: mean ${report.meanItems.toFixed(1)} (${share.toFixed(1)}% of the bank), 90th percentile ${report.p90Items}.`,
    "",
    "scale        mean SE   r(adaptive, full bank)   RMSE adaptive   RMSE full bank",
  ];
  for (const [scale, figures] of Object.entries(report.scales)) {
    if (figures === undefined) continue;
    lines.push(
      `${scale.padEnd(12)} ${figures.meanSE.toFixed(3).padStart(7)}   ${figures.corrWithFullBank.toFixed(3).padStart(22)}   ${figures.rmseAdaptive
        .toFixed(3)
        .padStart(13)}   ${figures.rmseFullBank.toFixed(3).padStart(14)}`,
    );
  }
  if (inventory.provisional) {
    lines.push("", "The item parameters are provisional: these figures are what they imply, no more.");
  }
  return lines.join("\n");
}

/** `poise simulate --respondents N --seed S [--json]`: the adaptive check against the full bank, simulated. */
export function simulateCommand(): Command {
  return new Command("simulate")
    .description("Simulate people taking the adaptive check and the full bank; report length and precision")
    .option("--respondents <n>", "number of simulated people", "1000")
    .option("--seed <n>", "random seed (same seed, same report)", "1")
    .option(
      "--se-target <se>",
      `stop a scale at this standard error (default ${DEFAULT_ASSESSMENT_OPTIONS.seTarget})`,
    )
    .option(
      "--max-items <n>",
      `most items in one check (default ${DEFAULT_ASSESSMENT_OPTIONS.maxTotalItems})`,
    )
    .option(
      "--min-items <n>",
      `fewest items per scale (default ${DEFAULT_ASSESSMENT_OPTIONS.minItemsPerScale})`,
    )
    .option("--json", "print { respondents, bankSize, meanItems, p90Items, scales } as JSON")
    .action((flags: SimulateFlags) => {
      const respondents = integerOption("respondents", flags.respondents, 2, 1_000_000);
      const seed = integerOption("seed", flags.seed, -2_147_483_648, 2_147_483_647);
      const options: Parameters<typeof simulate>[0]["options"] = {};
      if (flags.seTarget !== undefined) {
        const seTarget = Number(flags.seTarget);
        if (!(seTarget > 0 && seTarget < 1))
          throw new Error(`--se-target must be a number between 0 and 1, got "${flags.seTarget}"`);
        options.seTarget = seTarget;
      }
      if (flags.maxItems !== undefined)
        options.maxTotalItems = integerOption("max-items", flags.maxItems, 1, inventory.items.length);
      if (flags.minItems !== undefined)
        options.minItemsPerScale = integerOption("min-items", flags.minItems, 0, inventory.items.length);
      const report = simulate({ items: inventory.items, respondents, seed, options });
      process.stdout.write(
        flags.json ? `${JSON.stringify(report, null, 2)}\n` : `${simulationTable(report)}\n`,
      );
    });
}
