import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "./config/load-config";

/** The version in package.json, read when asked (not at import time). */
export function readVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version?: string };
  return pkg.version ?? "0.0.0";
}
