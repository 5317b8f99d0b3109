import { randomInt } from "node:crypto";
import type { Writable } from "node:stream";
import { cancel, intro, note, outro } from "@clack/prompts";
import { Command } from "commander";
import { answerOptions, inventory } from "../../core/inventory/index";
import { type Locale, locales, toLocale } from "../../core/locale";
import {
  type AssessmentMode,
  type AssessmentState,
  answerItem,
  assessmentProgress,
  assessmentScores,
  nextItem,
  startAssessment,
} from "../../core/measurement/index";
import { buildProfile, type Profile } from "../../core/profile/index";
import { parseScriptedAnswers, scriptedAnswerer } from "./assess-answers";
import { askAnswer } from "./assess-prompt";
import { renderProfile, say } from "./assess-report";

interface AssessOptions {
  lang?: string;
  mode: string;
  seed?: string;
  json?: boolean;
  answers?: string;
}

/** The language: --lang, else the system locale (LC_ALL, LC_MESSAGES, LANG), else English. */
export function chooseLocale(flag: string | undefined, env: NodeJS.ProcessEnv): Locale {
  if (flag !== undefined) {
    if (!(locales as readonly string[]).includes(flag)) {
      throw new Error(`--lang must be one of ${locales.join(", ")}, got "${flag}"`);
    }
    return flag as Locale;
  }
  return toLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

function parseMode(value: string): AssessmentMode {
  if (value !== "adaptive" && value !== "full")
    throw new Error(`--mode must be "adaptive" or "full", got "${value}"`);
  return value;
}

function parseSeed(value: string | undefined): number {
  if (value === undefined) return randomInt(0, 2 ** 31);
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new Error(`--seed must be an integer, got "${value}"`);
  }
  return Number(value);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += String(chunk);
  return text;
}

/** Runs the check from scripted answers. */
function runScripted(state: AssessmentState, answerFor: (itemId: string) => number): AssessmentState {
  let current = state;
  for (let next = nextItem(current); next !== null; next = nextItem(current)) {
    current = answerItem(current, next.itemId, answerFor(next.itemId));
  }
  return current;
}

/** Runs the check in the terminal; null when the person stops before the end. */
async function runInteractive(
  state: AssessmentState,
  locale: Locale,
  stream: Writable,
): Promise<AssessmentState | null> {
  const texts = new Map(inventory.items.map((item) => [item.id, item.text[locale]]));
  const labels = answerOptions.map((option) => option[locale]);
  intro(say("title", locale), { output: stream });
  note(say("intro", locale), undefined, { output: stream });
  let current = state;
  for (let next = nextItem(current); next !== null; next = nextItem(current)) {
    const progress = assessmentProgress(current);
    const done = Math.round(progress.fraction * 20);
    const approx = current.mode === "adaptive" ? "~" : "";
    const value = await askAnswer({
      progress: `${"▰".repeat(done)}${"▱".repeat(20 - done)}  ${progress.answered + 1} / ${approx}${progress.estimatedTotal}`,
      statement: texts.get(next.itemId) ?? next.itemId,
      labels,
      help: say("help", locale),
      output: stream,
    });
    if (value === null) {
      cancel(say("cancelled", locale), { output: stream });
      return null;
    }
    current = answerItem(current, next.itemId, value);
  }
  outro(say("done", locale), { output: stream });
  return current;
}

/** The JSON `poise assess --json` prints: the check's facts, then the whole profile. */
export function assessmentJson(state: AssessmentState, profile: Profile) {
  return {
    mode: state.mode,
    seed: state.seed,
    answered: state.answers.length,
    bankSize: state.items.length,
    answers: state.answers,
    probabilities: profile.region.probabilities,
    ...profile,
  };
}

/**
 * `poise assess`: the adaptive check (or `--mode full`) in the terminal, then the profile. Answers can
 * also come from `--answers` or from standard input when it is not a terminal, so the check can run
 * in scripts and tests.
 */
export function assessCommand(): Command {
  return new Command("assess")
    .description("Take the balance check in the terminal and see your profile")
    .option("--lang <locale>", "language: en or fr (default: the system locale)")
    .option("--mode <mode>", "adaptive (a short check) or full (every statement)", "adaptive")
    .option("--seed <n>", "seed of the item order, for a repeatable check")
    .option("--json", "print the profile as JSON")
    .option(
      "--answers <list>",
      'answers without a terminal: "4,2,5,…" in order, or "rel-01=4,dis-02=2,…" by item',
    )
    .action(async (options: AssessOptions) => {
      const locale = chooseLocale(options.lang, process.env);
      const mode = parseMode(options.mode);
      const seed = parseSeed(options.seed);
      const start = startAssessment({ items: inventory.items, mode, seed });

      let finished: AssessmentState | null;
      if (options.answers !== undefined) {
        finished = runScripted(start, scriptedAnswerer(parseScriptedAnswers(options.answers)));
      } else if (!process.stdin.isTTY) {
        const source = "standard input";
        finished = runScripted(
          start,
          scriptedAnswerer(parseScriptedAnswers(await readAll(process.stdin), source), source),
        );
      } else {
        // With --json, the questions go to stderr so that stdout carries only the JSON.
        finished = await runInteractive(start, locale, options.json ? process.stderr : process.stdout);
      }
      if (finished === null) {
        process.exitCode = 130;
        return;
      }

      const profile = buildProfile({ scores: assessmentScores(finished), locale, answers: finished.answers });
      if (options.json) {
        process.stdout.write(`${JSON.stringify(assessmentJson(finished, profile), null, 2)}\n`);
      } else {
        const check = { mode, answered: finished.answers.length, bankSize: finished.items.length };
        process.stdout.write(`${renderProfile(profile, check)}\n`);
      }
    });
}
