import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, expect, it } from "vitest";
import type { Logger } from "../logging/logger";
import { type SafetyScanner, startScanThread } from "./safety-scanner";

const lines: string[] = [];
const logger: Logger = {
  info: (message) => lines.push(`info ${message}`),
  warn: (message) => lines.push(`warn ${message}`),
  error: (message) => lines.push(`error ${message}`),
};
let scanner: SafetyScanner | undefined;
afterEach(async () => {
  await scanner?.close();
  lines.length = 0;
});

it("reads many texts at once on its thread, each answered with its own signals", async () => {
  scanner = await startScanThread(logger);
  const texts = [
    "I want to kill myself tonight.",
    "This project is killing me.",
    "Il me frappe quand je veux voir mes amies, et il garde mon téléphone.",
    "   ",
  ];
  const scans = await Promise.all(texts.map((text) => scanner?.scan([text])));
  expect(scans.map((scan) => scan?.signals)).toEqual([["crisis"], [], ["coercion"], []]);
  expect(lines).toEqual([]);
});

it("joins the title and the text of one save, and skips what is blank", async () => {
  scanner = await startScanThread(logger);
  expect(await scanner.scan([null, "I don't want to be alive anymore", undefined])).toEqual({
    signals: ["crisis"],
  });
  expect(await scanner.scan([null, "", undefined])).toEqual({ signals: [] });
});

it("still reads every text when its thread cannot start, on the calling thread, and says so", async () => {
  const broken = join(mkdtempSync(join(tmpdir(), "poise-scan-")), "broken-thread.mjs");
  writeFileSync(broken, "throw new Error('no detector here');\n");
  scanner = await startScanThread(logger, pathToFileURL(broken));
  expect(lines.some((line) => line.startsWith("warn the safety scan thread did not start"))).toBe(true);
  expect((await scanner.scan(["I want to kill myself tonight."])).signals).toEqual(["crisis"]);
});

it("still reads texts after it was closed, on the calling thread", async () => {
  scanner = await startScanThread(logger);
  await scanner.close();
  expect((await scanner.scan(["I want to kill myself tonight."])).signals).toEqual(["crisis"]);
});
