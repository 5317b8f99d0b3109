import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The dependency direction of ARCHITECTURE.md, read from the import statements themselves:
// core <- server, core <- web, core + server <- cli. core imports nothing outside core.
const root = resolve(import.meta.dirname, "..");
const src = join(root, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const match of text.matchAll(
    /(?:import|export)[^"'`;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
  )) {
    found.push((match[1] ?? match[2]) as string);
  }
  return found;
}

function layerOf(file: string): string {
  return relative(src, file).split("/")[0] ?? "";
}

const allowed: Record<string, string[]> = {
  core: ["core"],
  server: ["core", "server"],
  web: ["core", "web"],
  cli: ["core", "server", "cli"],
};

describe("layering", () => {
  const files = sourceFiles(src).filter((f) => layerOf(f) in allowed);

  it("finds the source tree", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [relative(root, f), f]))("%s imports only what its layer may", (_name, file) => {
    const layer = layerOf(file);
    const isTest = /\.test\.tsx?$/.test(file);
    for (const spec of importsOf(file)) {
      if (spec.startsWith(".")) {
        const target = resolve(join(file, ".."), spec);
        expect(allowed[layer], `${spec} crosses from ${layer}`).toContain(layerOf(target));
      } else if (layer === "core" && !isTest) {
        // The pure core imports no packages at all: no Node built-ins, drivers, React or server code.
        expect.fail(`src/core must stay pure, but ${relative(root, file)} imports "${spec}"`);
      }
    }
  });
});
