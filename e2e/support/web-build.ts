import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { webBuildIsStale } from "../../src/cli/commands/ensure-web-build";
import { repositoryRoot } from "./poise-server";

const webDir = join(repositoryRoot, "dist", "web");

/** True when dist/web holds a development build (React's dev runtime), e.g. one made under Vitest. */
function isDevelopmentBuild(): boolean {
  const assets = join(webDir, "assets");
  return existsSync(assets) && readdirSync(assets).some((file) => file.startsWith("jsx-dev-runtime"));
}

/**
 * Builds dist/web once when it is missing, older than src/web and src/core (the check `poise serve`
 * makes), or a development build, so the journeys test the current production app. Vitest sets
 * NODE_ENV=test, which would make Vite bundle React's development build; the build runs with
 * NODE_ENV=production instead.
 */
export async function ensureFreshWebBuild(): Promise<void> {
  if (!webBuildIsStale(repositoryRoot, webDir) && !isDevelopmentBuild()) return;
  console.log("Building the web app for the journeys…");
  const { build } = await import("vite");
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      configFile: join(repositoryRoot, "src", "web", "vite.config.ts"),
      logLevel: "warn",
      mode: "production",
    });
  } finally {
    process.env.NODE_ENV = previous;
  }
}
