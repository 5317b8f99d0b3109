import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./load-config";

describe("loadConfig", () => {
  it("uses the documented defaults and freezes the result", () => {
    const config = loadConfig({ env: {}, cwd: "/srv/poise" });
    expect(config).toMatchObject({
      port: 3000,
      host: "127.0.0.1",
      dataDir: "/srv/poise/data",
      databaseUrl: null,
      keyFile: "/srv/poise/data/instance.key",
      sessionDays: 30,
      trustProxy: false,
      allowedOrigins: [],
      logLevel: "info",
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.allowedOrigins)).toBe(true);
  });

  it("takes a flag over the environment, and the environment over the default", () => {
    const config = loadConfig({
      flags: { port: "8080" },
      env: { PORT: "9090", POISE_DATA_DIR: "/var/lib/poise", POISE_TRUST_PROXY: "yes" },
    });
    expect(config.port).toBe(8080);
    expect(config.dataDir).toBe("/var/lib/poise");
    expect(config.keyFile).toBe("/var/lib/poise/instance.key");
    expect(config.trustProxy).toBe(true);
  });

  it("switches to PostgreSQL with DATABASE_URL", () => {
    const url = "postgres://poise:secret@db.internal:5432/poise";
    expect(loadConfig({ env: { DATABASE_URL: url } }).databaseUrl).toBe(url);
  });

  it.each([
    [{ PORT: "eighty" }, /PORT must be a whole number/],
    [{ PORT: "70000" }, /PORT must be a whole number from 0 to 65535/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL must be a postgres:\/\//],
    [{ POISE_TRUST_PROXY: "maybe" }, /POISE_TRUST_PROXY must be "true" or "false"/],
    [{ POISE_SESSION_DAYS: "0" }, /POISE_SESSION_DAYS/],
    [{ POISE_ALLOWED_ORIGINS: "https://ok.example, not an origin" }, /"not an origin" is not an origin/],
    [{ POISE_LOG_LEVEL: "loud" }, /POISE_LOG_LEVEL must be one of/],
    [{ POISE_DATADIR: "/tmp/x" }, /POISE_DATADIR is not a Poise setting/],
  ])("stops with a message naming the setting: %o", (env, message) => {
    expect(() => loadConfig({ env })).toThrow(ConfigError);
    expect(() => loadConfig({ env })).toThrow(message);
  });

  it("names how to set a bad value, and lists every problem at once", () => {
    try {
      loadConfig({ flags: { port: "x" }, env: { POISE_LOG_LEVEL: "loud" } });
      expect.fail("loadConfig accepted bad values");
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(2);
      expect((error as Error).message).toContain("set it with --port or the PORT environment variable");
    }
  });

  it("accepts POISE_ variables that other commands own, when told", () => {
    expect(() =>
      loadConfig({ env: { POISE_DEMO_SEED: "1" }, otherKnownVariables: ["POISE_DEMO_SEED"] }),
    ).not.toThrow();
  });
});
