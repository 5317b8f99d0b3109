import { join } from "node:path";
import { ensureWebBuild } from "../../src/cli/commands/ensure-web-build";
import { repositoryRoot } from "./poise-server";

/**
 * Builds dist/web once when it is missing or older than src/web and src/core (the same check
 * `poise serve` makes), so the journeys test the current app.
 */
export async function ensureFreshWebBuild(): Promise<void> {
  await ensureWebBuild(repositoryRoot, join(repositoryRoot, "dist", "web"), (line) => console.log(line));
}
