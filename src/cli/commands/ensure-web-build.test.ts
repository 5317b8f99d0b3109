import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensureWebBuild, webBuildIsStale } from "./ensure-web-build";

describe("the web build check of poise serve", () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function checkout() {
    root = mkdtempSync(join(tmpdir(), "poise-build-"));
    for (const dir of ["src/web", "src/core", "dist/web"]) mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, "src/web/vite.config.ts"), "export default {};");
    writeFileSync(join(root, "src/core/a.ts"), "export const a = 1;");
    return root;
  }

  const age = (path: string, secondsAgo: number) => {
    const when = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(path, when, when);
  };

  it("calls a missing build stale", () => {
    const r = checkout();
    expect(webBuildIsStale(r, join(r, "dist/web"))).toBe(true);
  });

  it("calls a build newer than every source current, and stale once a source changes", () => {
    const r = checkout();
    age(join(r, "src/web/vite.config.ts"), 100);
    age(join(r, "src/core/a.ts"), 100);
    age(join(r, "src/web"), 100);
    age(join(r, "src/core"), 100);
    writeFileSync(join(r, "dist/web/index.html"), "<!doctype html>");
    // Dated explicitly: a file system with coarse timestamps can give the build and the edit below one time.
    age(join(r, "dist/web/index.html"), 50);
    expect(webBuildIsStale(r, join(r, "dist/web"))).toBe(false);
    writeFileSync(join(r, "src/core/a.ts"), "export const a = 2;");
    expect(webBuildIsStale(r, join(r, "dist/web"))).toBe(true);
  });

  it("builds nothing outside a source checkout or for another web directory", async () => {
    const r = checkout();
    const said: string[] = [];
    expect(await ensureWebBuild(r, join(r, "elsewhere"), (line) => said.push(line))).toBe(false);
    rmSync(join(r, "src/web/vite.config.ts"));
    expect(await ensureWebBuild(r, join(r, "dist/web"), (line) => said.push(line))).toBe(false);
    expect(said).toEqual([]);
  });
});

describe("the web build of poise serve", () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("is a production build even when this process runs with another NODE_ENV", async () => {
    // Vitest sets NODE_ENV=test; a server started from it used to bundle React's development build.
    expect(process.env.NODE_ENV).not.toBe("production");
    root = mkdtempSync(join(tmpdir(), "poise-build-"));
    const web = join(root, "src/web");
    mkdirSync(web, { recursive: true });
    mkdirSync(join(root, "src/core"), { recursive: true });
    writeFileSync(join(root, "package.json"), '{ "type": "module" }');
    writeFileSync(
      join(web, "vite.config.ts"),
      [
        'import { fileURLToPath } from "node:url";',
        "export default {",
        '  root: fileURLToPath(new URL(".", import.meta.url)),',
        '  build: { outDir: fileURLToPath(new URL("../../dist/web", import.meta.url)), emptyOutDir: true, minify: false },',
        "};",
      ].join("\n"),
    );
    writeFileSync(join(web, "index.html"), '<!doctype html><script type="module" src="/main.js"></script>');
    // What React's entry point decides with, and what Vite derives from the mode.
    writeFileSync(
      join(web, "main.js"),
      "document.title = [process.env.NODE_ENV, import.meta.env.MODE, String(import.meta.env.PROD)].join('|');",
    );
    const said: string[] = [];
    expect(await ensureWebBuild(root, join(root, "dist/web"), (line) => said.push(line))).toBe(true);
    expect(said.join("\n")).toMatch(/Building the web app/);
    const assets = readdirSync(join(root, "dist/web/assets"));
    const bundle = assets.map((name) => readFileSync(join(root, "dist/web/assets", name), "utf8")).join("\n");
    expect(bundle).toMatch(/"production",\s*"production",\s*String\(true\)/);
    expect(bundle).not.toMatch(/"test"|"development"/);
    expect(process.env.NODE_ENV).not.toBe("production");
  }, 120_000);
});
