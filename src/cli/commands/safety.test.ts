import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const bin = resolve(import.meta.dirname, "../../../bin/poise.js");

/** Runs `poise safety` with the given standard input; resolves with what it printed and its exit code. */
function runSafety(
  args: string[],
  input: string,
): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, "safety", ...args], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", fail);
    child.on("close", (code) => done({ stdout, stderr, code }));
    child.stdin.end(input);
  });
}

describe("poise safety", () => {
  it("prints one JSON object with signals per line of standard input", async () => {
    const input = [
      "I don't want to live anymore.",
      "I'm dying to see her on Saturday!",
      "",
      "He checks my phone every night and won't let me see my friends.",
      "J'ai envie de mourir et il me frappe.",
      "the song says 'I want to die'",
    ].join("\n");
    const { stdout, code } = await runSafety(["--json"], `${input}\n`);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(6);
    const parsed = lines.map((line) => JSON.parse(line) as { signals: string[]; language: string | null });
    expect(parsed.map((p) => p.signals)).toEqual([
      ["crisis"],
      [],
      [],
      ["coercion"],
      ["crisis", "coercion"],
      [],
    ]);
    expect(parsed[4]?.language).toBe("fr");
    // Rule ids and signals only: no word of the texts comes back.
    expect(stdout).not.toMatch(/saturday|night|song/i);
  });

  it("prints a readable numbered line per input without --json, and honours --lang", async () => {
    const { stdout, code } = await runSafety(["--lang", "fr"], "Je veux mourir\nCe projet me tue\n");
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^1: crisis \(fr\.crisis\./);
    expect(lines[1]).toBe("2: no signal");
  });

  it("reads CRLF input and a last line without a newline", async () => {
    const { stdout } = await runSafety(["--json"], "I feel suicidal\r\nall good today");
    expect(
      stdout
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line).signals),
    ).toEqual([["crisis"], []]);
  });

  it("names the bad option when the language is unknown", async () => {
    const { stderr, code } = await runSafety(["--lang", "de"], "");
    expect(code).toBe(1);
    expect(stderr).toMatch(/--lang must be "en" or "fr"/);
  });
});
