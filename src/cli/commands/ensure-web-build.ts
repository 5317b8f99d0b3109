import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestModification(join(path, entry)));
  }
  return newest;
}

/**
 * True when the web app in `webDir` is missing or older than its sources (src/web and the src/core it
 * imports). O(number of source files).
 */
export function webBuildIsStale(root: string, webDir: string): boolean {
  const builtAt = newestModification(join(webDir, "index.html"));
  if (builtAt === 0) return true;
  const sources = Math.max(
    newestModification(join(root, "src", "web")),
    newestModification(join(root, "src", "core")),
  );
  return sources > builtAt;
}

/**
 * Builds the web app with Vite (programmatically, the same config as `npm run build`) when this is a
 * source checkout, the app is served from the default dist/web, and the build is missing or stale.
 * Returns whether it built.
 */
export async function ensureWebBuild(
  root: string,
  webDir: string,
  say: (line: string) => void,
): Promise<boolean> {
  const configFile = join(root, "src", "web", "vite.config.ts");
  if (!existsSync(configFile) || resolve(webDir) !== resolve(root, "dist", "web")) return false;
  if (!webBuildIsStale(root, webDir)) return false;
  say("Building the web app (it is missing or older than its sources)…");
  const { build } = await import("vite");
  await build({ configFile, logLevel: "warn", mode: "production" });
  return true;
}
