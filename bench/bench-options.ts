import { join } from "node:path";
import type { Locale } from "../src/core/locale";
import type { SafetySignal } from "../src/core/safety/types";

/** `--name N` from the command line, a positive integer, or `fallback` when absent. */
export function positiveOption(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} requires a positive integer`);
  return value;
}

export type Detect = (text: string, locale?: Locale) => { signals: readonly SafetySignal[] };

/**
 * The detector of another tree, from `--against DIR` (a copy holding src/core/safety, e.g. from
 * `git archive COMMIT src/core | tar -x -C DIR`), to time or score beside this one; null without it.
 */
export async function againstDetector(): Promise<{ dir: string; detect: Detect } | null> {
  const index = process.argv.indexOf("--against");
  if (index < 0) return null;
  const dir = process.argv[index + 1];
  if (!dir) throw new Error("--against requires a directory holding src/core/safety");
  const other = (await import(join(dir, "src", "core", "safety", "detect-safety-signals.ts"))) as {
    detectSafetySignals: Detect;
  };
  return { dir, detect: other.detectSafetySignals };
}
