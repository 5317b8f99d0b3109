import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { LogLevel } from "../logging/logger";
import { type SettingName, type SettingSpec, settings } from "./settings";

/** The server's configuration: typed, validated once, frozen, then passed to whoever needs it. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** null: the embedded SQLite database at `<dataDir>/poise.sqlite`. */
  readonly databaseUrl: string | null;
  readonly keyFile: string;
  readonly webDir: string;
  readonly sessionDays: number;
  readonly trustProxy: boolean;
  readonly allowedOrigins: readonly string[];
  readonly loginLimitPerAccount: number;
  readonly loginLimitPerAddress: number;
  readonly rateLimitWindowMinutes: number;
  readonly logLevel: LogLevel;
}

/** Raised when a setting is malformed or unknown; the message names how to set it. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Poise cannot start:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export interface ConfigSources {
  /** Command-line values by setting name (strings, as typed). */
  flags?: Partial<Record<SettingName, string | undefined>>;
  /** The environment (process.env in production; a plain object in tests). */
  env?: Record<string, string | undefined>;
  /** Base of relative paths; defaults to process.cwd(). */
  cwd?: string;
  /** POISE_* variables owned by other parts of Poise (the CLI), which are not unknown settings. */
  otherKnownVariables?: readonly string[];
}

/** The package root, from this file's place in the tree (src/server/config). */
export function packageRoot(): string {
  return resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");
}

function describeSource(spec: SettingSpec<unknown>): string {
  return `set it with ${spec.flag} or the ${spec.env} environment variable`;
}

/**
 * Reads every setting from flags, then the environment, then its default; returns a frozen Config or
 * throws a ConfigError listing every problem. Unknown POISE_* variables are refused, so a typo such as
 * POISE_DATADIR does not silently fall back to a default. O(number of settings + variables).
 *
 * Example: `loadConfig({ flags: { port: "8080" }, env: process.env })`.
 */
export function loadConfig(sources: ConfigSources = {}): Config {
  const env = sources.env ?? {};
  const flags = sources.flags ?? {};
  const cwd = sources.cwd ?? process.cwd();
  const problems: string[] = [];
  const values: Record<string, unknown> = {};

  for (const [name, spec] of Object.entries(settings) as [SettingName, SettingSpec<unknown>][]) {
    const fromFlag = flags[name];
    const fromEnv = env[spec.env];
    const raw = fromFlag ?? (fromEnv !== undefined && fromEnv !== "" ? fromEnv : undefined) ?? spec.fallback;
    if (raw === undefined) {
      values[name] = null;
      continue;
    }
    const parsed = spec.parse(raw, { cwd });
    if (parsed.ok) values[name] = parsed.value;
    else problems.push(`${spec.env} ${parsed.reason} (got "${raw}"); ${describeSource(spec)}.`);
  }

  const known = new Set([
    ...Object.values(settings).map((s) => s.env),
    ...(sources.otherKnownVariables ?? []),
  ]);
  for (const variable of Object.keys(env)) {
    if (variable.startsWith("POISE_") && !known.has(variable)) {
      problems.push(
        `${variable} is not a Poise setting. Known settings: ${Object.values(settings)
          .map((s) => s.env)
          .join(", ")}.`,
      );
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const dataDir = values.dataDir as string;
  return Object.freeze({
    port: values.port as number,
    host: values.host as string,
    dataDir,
    databaseUrl: values.databaseUrl as string | null,
    keyFile: (values.keyFile as string | null) ?? join(dataDir, "instance.key"),
    webDir: (values.webDir as string | null) ?? join(packageRoot(), "dist", "web"),
    sessionDays: values.sessionDays as number,
    trustProxy: values.trustProxy as boolean,
    allowedOrigins: Object.freeze([...(values.allowedOrigins as string[])]),
    loginLimitPerAccount: values.loginLimitPerAccount as number,
    loginLimitPerAddress: values.loginLimitPerAddress as number,
    rateLimitWindowMinutes: values.rateLimitWindowMinutes as number,
    logLevel: values.logLevel as LogLevel,
  });
}
