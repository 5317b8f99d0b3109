import { randomInt } from "node:crypto";
import { Command } from "commander";
import { DEMO_SEED } from "../../core/demo/index";
import { type Locale, locales, toLocale } from "../../core/locale";
import { loadConfig } from "../../server/config/load-config";
import { type DemoSeedResult, seedDemoAccount } from "../../server/demo/seed-demo-account";
import { createLogger } from "../../server/logging/logger";
import { otherPoiseVariables } from "./serve";

/** The demo account's address unless another is given (.local is never a real mailbox). */
export const DEMO_EMAIL = "demo@poise.local";

// No 0/o, 1/l/i: a password someone may have to type from the terminal.
const passwordAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";

/** A fresh password of four groups of four, e.g. "k3fa-92hd-pq7x-m2ne" (about 79 bits). */
export function demoPassword(): string {
  const group = () =>
    Array.from({ length: 4 }, () => passwordAlphabet[randomInt(passwordAlphabet.length)]).join("");
  return [group(), group(), group(), group()].join("-");
}

/** The calendar day on this machine, "YYYY-MM-DD" (the demo ends on the person's own today). */
function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** What `poise demo` prints: what was made, how to sign in, how to start and open Poise. */
export function demoReport(
  result: DemoSeedResult,
  info: { email: string; password: string; url: string },
): string {
  return [
    result.replaced ? "The earlier demo account was deleted and made again." : "Demo account created.",
    `It holds ${result.checkins} check-ins over 120 days, ${result.journalEntries} journal entries, ` +
      `${result.assessments} checks and ${result.completions} practices done, all generated and marked as demo.`,
    "",
    `email: ${info.email}`,
    `password: ${info.password}`,
    "",
    `Start Poise with \`npm start\` (or \`npx poise serve\`), open ${info.url} and sign in with the lines above.`,
  ].join("\n");
}

/**
 * `poise demo`: creates or recreates a demo account full of generated data (check-ins, journal,
 * three checks, practices), in the same database the server uses (POISE_DATA_DIR or DATABASE_URL).
 */
export function demoCommand(): Command {
  return new Command("demo")
    .description(
      "Create (or recreate) a demo account with 120 days of generated data, and print how to sign in",
    )
    .option("--locale <locale>", `language of the demo's texts: ${locales.join(" or ")} (default: from LANG)`)
    .option("--email <email>", "email of the demo account", DEMO_EMAIL)
    .option("--seed <integer>", "another seed gives another demo person", String(DEMO_SEED))
    .action(async (options: { locale?: string; email: string; seed: string }) => {
      if (options.locale !== undefined && !(locales as readonly string[]).includes(options.locale)) {
        throw new Error(`--locale must be ${locales.join(" or ")}, got "${options.locale}"`);
      }
      const seed = Number(options.seed);
      if (!Number.isInteger(seed) || Math.abs(seed) > 2 ** 31 - 1) {
        throw new Error(`--seed must be a whole number, got "${options.seed}"`);
      }
      const email = options.email.trim().toLowerCase();
      if (!/^[^\s@]+@[^\s@]+$/.test(email))
        throw new Error(`--email must be an email address, got "${options.email}"`);
      const locale: Locale =
        (options.locale as Locale | undefined) ?? toLocale(process.env.LC_ALL || process.env.LANG);
      const config = loadConfig({ env: process.env, otherKnownVariables: otherPoiseVariables });
      const password = demoPassword();
      const now = new Date();
      const result = await seedDemoAccount({
        config,
        logger: createLogger("warn"),
        email,
        password,
        locale,
        today: localToday(now),
        seed,
        now,
      });
      const host = ["0.0.0.0", "::", "127.0.0.1", "::1"].includes(config.host) ? "localhost" : config.host;
      console.log(demoReport(result, { email, password, url: `http://${host}:${config.port}` }));
    });
}
