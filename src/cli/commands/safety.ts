import { createInterface } from "node:readline";
import { Command } from "commander";
import type { Locale } from "../../core/locale";
import { detectSafetySignals, type SafetyDetection } from "../../core/safety/index";

/** One JSON object per input line: the signals, the language read, and the rules that fired (never the text). */
export function safetyJson(detection: SafetyDetection): string {
  return JSON.stringify({
    signals: detection.signals,
    language: detection.language,
    rules: detection.matches.map((m) => m.rule),
  });
}

/** One readable line per input line, numbered from 1. */
export function safetyLine(detection: SafetyDetection, lineNumber: number): string {
  if (detection.signals.length === 0) return `${lineNumber}: no signal`;
  return `${lineNumber}: ${detection.signals.join(" + ")} (${detection.matches.map((m) => m.rule).join(", ")})`;
}

function parseLang(value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  if (value === "en" || value === "fr") return value;
  throw new Error(`--lang must be "en" or "fr", got "${value}"`);
}

/**
 * `poise safety`: reads one text per line on standard input and writes, for each, the crisis and
 * coercion signals found (see docs/design/safety-signals.md). Lines are answered as they arrive,
 * so it works in a pipe; nothing is stored.
 */
export function safetyCommand(): Command {
  return new Command("safety")
    .description("Read one text per line on standard input; print the crisis / coercion signals of each.")
    .option("--json", "one JSON object per line: {signals, language, rules}")
    .option("--lang <locale>", 'the language of the texts, "en" or "fr" (detected when omitted)')
    .action(async (options: { json?: boolean; lang?: string }) => {
      const locale = parseLang(options.lang);
      const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
      let lineNumber = 0;
      for await (const line of lines) {
        lineNumber++;
        const detection = detectSafetySignals(line, locale);
        process.stdout.write(`${options.json ? safetyJson(detection) : safetyLine(detection, lineNumber)}\n`);
      }
    });
}
