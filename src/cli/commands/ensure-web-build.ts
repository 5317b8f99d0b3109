import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";

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
 * Runs `vite build` with the web app's config in a child process, always as a production build: mode
 * "production" and NODE_ENV=production, whatever NODE_ENV this process has. A server started under a
 * test runner (NODE_ENV=test) or from a shell with NODE_ENV=development would otherwise bundle React's
 * development build, which Vite takes from NODE_ENV rather than from the mode. The child keeps this
 * process's environment untouched. Rejects with Vite's exit code when the build fails.
 */
export function runProductionWebBuild(configFile: string): Promise<void> {
  const vite = join(dirname(createRequire(import.meta.url).resolve("vite/package.json")), "bin", "vite.js");
  return new Promise((resolveBuild, reject) => {
    const child = spawn(
      process.execPath,
      [vite, "build", "--config", configFile, "--mode", "production", "--logLevel", "warn"],
      { env: { ...process.env, NODE_ENV: "production" }, stdio: ["ignore", "inherit", "inherit"] },
    );
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      code === 0
        ? resolveBuild()
        : reject(new Error(`Building the web app failed (vite build exited with ${code ?? signal}).`)),
    );
  });
}

/**
 * Builds the web app (the same config as `npm run build`, as a production build) when this is a
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
  await runProductionWebBuild(configFile);
  return true;
}
