import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../server/config/load-config";

function serve(args: string[], env: Record<string, string> = {}) {
  return spawnSync(
    process.execPath,
    [join(packageRoot(), "bin", "poise.js"), "serve", "--no-build", ...args],
    {
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
      encoding: "utf8",
      timeout: 30_000,
    },
  );
}

describe("poise serve", () => {
  it("stops before starting when a setting is malformed, naming it and how to set it", () => {
    const result = serve(["--port", "eighty"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Error: Poise cannot start:/);
    expect(result.stderr).toContain("PORT must be a whole number from 0 to 65535");
    expect(result.stderr).toContain("--port or the PORT environment variable");
  });

  it("refuses a misspelt setting instead of silently using a default", () => {
    const result = serve([], { POISE_DATADIR: "/tmp/somewhere" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("POISE_DATADIR is not a Poise setting");
  });

  it("lists every setting in its help", () => {
    const result = spawnSync(process.execPath, [join(packageRoot(), "bin", "poise.js"), "serve", "--help"], {
      encoding: "utf8",
    });
    for (const flag of [
      "--port",
      "--data-dir",
      "--database-url",
      "--key-file",
      "--trust-proxy",
      "--no-build",
    ]) {
      expect(result.stdout).toContain(flag);
    }
  });
});
