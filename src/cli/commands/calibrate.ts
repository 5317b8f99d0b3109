import { readFileSync } from "node:fs";
import { Command } from "commander";
import {
  type CalibrationResult,
  calibrateGradedResponse,
  gaussHermiteNormalGrid,
  rectangularNormalGrid,
  scoreCalibratedResponses,
} from "../../core/measurement/index";

interface CalibrateFlags {
  input?: string;
  json?: boolean;
  scores?: boolean;
  quadrature: string;
  nodes?: string;
  maxIterations?: string;
  tolerance?: string;
}

/** A CSV of responses: item names from the header row, then one row per person. */
export interface ResponseTable {
  names: string[];
  rows: (number | null)[][];
}

/**
 * Parses a response CSV: a header row of item names (quoted or not), then integer categories; an empty
 * cell or NA is a missing answer. Commas separate cells (semicolons too, when the header has no comma).
 * Throws a message naming the line and column of the first bad cell.
 */
export function parseResponseCsv(text: string, source = "input"): ResponseTable {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
  if (lines.length < 2) throw new Error(`${source}: needs a header row and at least one row of answers`);
  const header = lines[0] as string;
  const separator = header.includes(",") || !header.includes(";") ? "," : ";";
  const unquote = (cell: string) => cell.trim().replace(/^"(.*)"$/, "$1");
  const names = header.split(separator).map(unquote);
  if (names.some((name) => name === ""))
    throw new Error(`${source}: every column needs an item name in the header`);
  const rows = lines.slice(1).map((line, r) => {
    const cells = line.split(separator).map(unquote);
    if (cells.length !== names.length) {
      throw new Error(`${source} line ${r + 2}: expected ${names.length} cells, found ${cells.length}`);
    }
    return cells.map((cell, j) => {
      if (cell === "" || cell.toUpperCase() === "NA") return null;
      const value = Number(cell);
      if (!Number.isInteger(value)) {
        throw new Error(
          `${source} line ${r + 2}, column "${names[j]}": expected an integer or an empty cell, got "${cell}"`,
        );
      }
      return value;
    });
  });
  return { names, rows };
}

/** The JSON other tools read (issue 2, "Output formats"). */
export function calibrationJson(
  names: readonly string[],
  result: CalibrationResult,
  scores?: { theta: number; se: number }[],
) {
  return {
    items: result.items.map((item, j) => ({ name: names[j] as string, a: item.a, d: item.d, b: item.b })),
    logLik: result.logLik,
    iterations: result.iterations,
    converged: result.converged,
    ...(scores === undefined ? {} : { scores }),
  };
}

function calibrationTable(names: readonly string[], result: CalibrationResult): string {
  const width = Math.max(4, ...names.map((name) => name.length));
  const lines = [
    `Graded response model fitted by marginal maximum likelihood (EM) to ${result.respondents} respondents.`,
    `log-likelihood ${result.logLik.toFixed(3)} after ${result.iterations} iterations${result.converged ? "" : " (NOT converged: raise --max-iterations)"}`,
    "",
    `${"item".padEnd(width)}  ${"a".padStart(6)}  thresholds b`,
  ];
  result.items.forEach((item, j) => {
    lines.push(
      `${(names[j] as string).padEnd(width)}  ${item.a.toFixed(3).padStart(6)}  ${item.b.map((b) => b.toFixed(3).padStart(7)).join(" ")}`,
    );
  });
  return lines.join("\n");
}

/** `poise calibrate --input FILE.csv [--json] [--scores]`: fits the graded response model to responses. */
export function calibrateCommand(): Command {
  return new Command("calibrate")
    .description("Fit the graded response model (marginal ML, EM) to a CSV of responses")
    .requiredOption(
      "--input <file>",
      "CSV with a header row of item names; integer categories; empty cell = missing",
    )
    .option("--json", "print { items: [{ name, a, d, b }], logLik, iterations, converged } as JSON")
    .option("--scores", "add each row's EAP theta and its SE")
    .option(
      "--quadrature <kind>",
      "rectangular (mirt: 61 nodes on [-6, 6]) or gauss-hermite (ltm: 21 nodes)",
      "rectangular",
    )
    .option("--nodes <n>", "number of quadrature nodes")
    .option("--max-iterations <n>", "most EM cycles")
    .option("--tolerance <x>", "largest parameter change that counts as converged")
    .action((flags: CalibrateFlags) => {
      const path = flags.input as string;
      let text: string;
      try {
        text = readFileSync(path, "utf8");
      } catch {
        throw new Error(`--input: cannot read "${path}"`);
      }
      const { names, rows } = parseResponseCsv(text, path);
      if (flags.quadrature !== "rectangular" && flags.quadrature !== "gauss-hermite") {
        throw new Error(`--quadrature must be "rectangular" or "gauss-hermite", got "${flags.quadrature}"`);
      }
      const nodes = flags.nodes === undefined ? undefined : Number(flags.nodes);
      if (nodes !== undefined && !(Number.isInteger(nodes) && nodes >= 5 && nodes <= 200)) {
        throw new Error(`--nodes must be an integer from 5 to 200, got "${flags.nodes}"`);
      }
      const maxIterations = flags.maxIterations === undefined ? undefined : Number(flags.maxIterations);
      if (maxIterations !== undefined && !(Number.isInteger(maxIterations) && maxIterations >= 1)) {
        throw new Error(`--max-iterations must be a positive integer, got "${flags.maxIterations}"`);
      }
      const tolerance = flags.tolerance === undefined ? undefined : Number(flags.tolerance);
      if (tolerance !== undefined && !(tolerance > 0)) {
        throw new Error(`--tolerance must be a positive number, got "${flags.tolerance}"`);
      }
      const quadrature =
        flags.quadrature === "gauss-hermite"
          ? gaussHermiteNormalGrid(nodes ?? 21)
          : rectangularNormalGrid({ nodes: nodes ?? 61, min: -6, max: 6 });
      const result = calibrateGradedResponse(rows, { quadrature, maxIterations, tolerance });
      const scores = flags.scores ? scoreCalibratedResponses(result.items, rows) : undefined;
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(calibrationJson(names, result, scores), null, 2)}\n`);
        return;
      }
      process.stdout.write(`${calibrationTable(names, result)}\n`);
      if (scores !== undefined) {
        process.stdout.write(
          `\nrow  theta     se\n${scores.map((s, r) => `${String(r + 1).padStart(3)}  ${s.theta.toFixed(3).padStart(6)}  ${s.se.toFixed(3)}`).join("\n")}\n`,
        );
      }
    });
}
