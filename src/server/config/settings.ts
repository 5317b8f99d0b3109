import { isAbsolute, resolve } from "node:path";
import { logLevels } from "../logging/logger";

/** What a setting's raw text turns into, or why it cannot. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** One setting: where it comes from (flag, then environment, then default) and how it is read. */
export interface SettingSpec<T> {
  env: string;
  flag: string;
  /** The default as the user would type it; undefined means "not set" (null value). */
  fallback?: string;
  description: string;
  parse(raw: string, context: { cwd: string }): ParseResult<T>;
}

const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
const fail = <T>(reason: string): ParseResult<T> => ({ ok: false, reason });

function integer(min: number, max: number): SettingSpec<number>["parse"] {
  return (raw) => {
    if (!/^\d+$/.test(raw.trim())) return fail(`must be a whole number from ${min} to ${max}`);
    const value = Number(raw.trim());
    return value >= min && value <= max ? ok(value) : fail(`must be a whole number from ${min} to ${max}`);
  };
}

function path(): SettingSpec<string>["parse"] {
  return (raw, { cwd }) => {
    const trimmed = raw.trim();
    if (!trimmed) return fail("must be a path");
    return ok(isAbsolute(trimmed) ? trimmed : resolve(cwd, trimmed));
  };
}

function boolean(): SettingSpec<boolean>["parse"] {
  return (raw) => {
    const value = raw.trim().toLowerCase();
    if (["1", "true", "yes", "on"].includes(value)) return ok(true);
    if (["0", "false", "no", "off"].includes(value)) return ok(false);
    return fail('must be "true" or "false"');
  };
}

function databaseUrl(): SettingSpec<string | null>["parse"] {
  return (raw) => {
    const trimmed = raw.trim();
    if (!trimmed) return ok(null);
    try {
      const url = new URL(trimmed);
      if (url.protocol === "postgres:" || url.protocol === "postgresql:") return ok(trimmed);
    } catch {
      // fall through to the message below
    }
    return fail(
      "must be a postgres:// or postgresql:// URL (leave it unset for the embedded SQLite database)",
    );
  };
}

function origins(): SettingSpec<string[]>["parse"] {
  return (raw) => {
    const list = raw
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    for (const item of list) {
      let origin: string | undefined;
      try {
        origin = new URL(item).origin;
      } catch {
        origin = undefined;
      }
      if (origin !== item) return fail(`"${item}" is not an origin such as https://poise.example`);
    }
    return ok(list);
  };
}

function oneOf<const T extends readonly string[]>(values: T): SettingSpec<T[number]>["parse"] {
  return (raw) => {
    const value = raw.trim().toLowerCase();
    return (values as readonly string[]).includes(value)
      ? ok(value as T[number])
      : fail(`must be one of ${values.join(", ")}`);
  };
}

/**
 * Every setting of the server. Names follow the environment variable; flags are the kebab-case form.
 * docs/operations.md lists them with the same defaults.
 */
export const settings = {
  port: {
    env: "PORT",
    flag: "--port",
    fallback: "3000",
    description: "TCP port of the API and the web app (0 picks a free one)",
    parse: integer(0, 65535),
  },
  host: {
    env: "POISE_HOST",
    flag: "--host",
    fallback: "127.0.0.1",
    description: "address to listen on (0.0.0.0 for every interface)",
    parse: (raw) => (raw.trim() ? ok(raw.trim()) : fail("must be a host name or address")),
  },
  dataDir: {
    env: "POISE_DATA_DIR",
    flag: "--data-dir",
    fallback: "./data",
    description: "directory of the SQLite database and the instance key",
    parse: path(),
  },
  databaseUrl: {
    env: "DATABASE_URL",
    flag: "--database-url",
    description: "postgres:// URL; when unset Poise uses SQLite in the data directory",
    parse: databaseUrl(),
  },
  keyFile: {
    env: "POISE_KEY_FILE",
    flag: "--key-file",
    description: "instance key file (default: instance.key in the data directory)",
    parse: path(),
  },
  webDir: {
    env: "POISE_WEB_DIR",
    flag: "--web-dir",
    description: "built web app to serve (default: dist/web of this package)",
    parse: path(),
  },
  sessionDays: {
    env: "POISE_SESSION_DAYS",
    flag: "--session-days",
    fallback: "30",
    description: "days a session lasts without use before it expires",
    parse: integer(1, 365),
  },
  trustProxy: {
    env: "POISE_TRUST_PROXY",
    flag: "--trust-proxy",
    fallback: "false",
    description: "trust X-Forwarded-For/-Proto/-Host from a reverse proxy in front of Poise",
    parse: boolean(),
  },
  allowedOrigins: {
    env: "POISE_ALLOWED_ORIGINS",
    flag: "--allowed-origins",
    fallback: "",
    description: "extra origins allowed to send state-changing requests (comma-separated)",
    parse: origins(),
  },
  loginLimitPerAccount: {
    env: "POISE_LOGIN_LIMIT_ACCOUNT",
    flag: "--login-limit-account",
    fallback: "10",
    description: "password attempts per account per window",
    parse: integer(1, 100_000),
  },
  loginLimitPerAddress: {
    env: "POISE_LOGIN_LIMIT_ADDRESS",
    flag: "--login-limit-address",
    fallback: "50",
    description: "sign-in and sign-up attempts per client address per window",
    parse: integer(1, 1_000_000),
  },
  rateLimitWindowMinutes: {
    env: "POISE_RATE_LIMIT_WINDOW_MINUTES",
    flag: "--rate-limit-window-minutes",
    fallback: "15",
    description: "length of the rate-limit window in minutes",
    parse: integer(1, 1440),
  },
  logLevel: {
    env: "POISE_LOG_LEVEL",
    flag: "--log-level",
    fallback: "info",
    description: "debug, info, warn, error or silent",
    parse: oneOf(logLevels),
  },
} satisfies Record<string, SettingSpec<unknown>>;

export type SettingName = keyof typeof settings;
