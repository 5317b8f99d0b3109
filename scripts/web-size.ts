import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { ensureWebBuild } from "../src/cli/commands/ensure-web-build";
import { initialChunks, type Manifest } from "./initial-chunks";

// `npm run bench:web [-- --json]`: the JavaScript the welcome page loads before it shows anything (the
// entry, the welcome page's own chunk and their static imports), raw and gzipped, against the 200 KB
// budget of the web app issue. Builds dist/web first when it is missing or stale.

const budgetKb = 200;
const root = resolve(import.meta.dirname, "..");
const webDir = join(root, "dist", "web");

await ensureWebBuild(root, webDir, (line) => console.error(line));
const manifest = JSON.parse(readFileSync(join(webDir, ".vite", "manifest.json"), "utf8")) as Manifest;
const files = initialChunks(manifest, ["index.html", "pages/welcome/welcome-page.tsx"]);
const rows = files.map((file) => {
  const bytes = readFileSync(join(webDir, file));
  return { file, rawKb: bytes.length / 1024, gzipKb: gzipSync(bytes, { level: 9 }).length / 1024 };
});
const totalRawKb = rows.reduce((sum, row) => sum + row.rawKb, 0);
const totalGzipKb = rows.reduce((sum, row) => sum + row.gzipKb, 0);
const report = {
  page: "welcome",
  files: rows.map((r) => ({ file: r.file, rawKb: round(r.rawKb), gzipKb: round(r.gzipKb) })),
  totalRawKb: round(totalRawKb),
  totalGzipKb: round(totalGzipKb),
  budgetKb,
  shareOfBudget: Math.round((totalGzipKb / budgetKb) * 1000) / 1000,
};

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const row of report.files)
    console.log(`${row.file.padEnd(48)} ${fmt(row.rawKb)} KB raw  ${fmt(row.gzipKb)} KB gzip`);
  console.log(
    `${"welcome page, initial JavaScript".padEnd(48)} ${fmt(report.totalRawKb)} KB raw  ${fmt(report.totalGzipKb)} KB gzip`,
  );
  console.log(`budget ${budgetKb} KB gzip: ${Math.round(report.shareOfBudget * 100)}% used`);
}
if (totalGzipKb > budgetKb) process.exitCode = 1;

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function fmt(value: number): string {
  return value.toFixed(1).padStart(7);
}
