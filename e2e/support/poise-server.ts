import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const repositoryRoot = resolve(import.meta.dirname, "..", "..");

/** A real Poise server in a child process, on a free port and a throwaway data directory. */
export interface PoiseServer {
  url: string;
  dataDir: string;
  /** Everything the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts `node bin/poise.js serve` exactly as a person would (PORT=0 picks a free port, a fresh
 * POISE_DATA_DIR holds a new SQLite database and instance key) and waits for its "listening" line.
 * The web app must already be built (see web-build.ts); `--no-build` keeps start-up fast.
 */
export async function startPoiseServer(): Promise<PoiseServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "poise-e2e-"));
  const child: ChildProcess = spawn(process.execPath, ["bin/poise.js", "serve", "--no-build"], {
    cwd: repositoryRoot,
    env: {
      ...process.env,
      PORT: "0",
      POISE_HOST: "127.0.0.1",
      POISE_DATA_DIR: dataDir,
      POISE_LOG_LEVEL: "warn",
      DATABASE_URL: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with code ${code} before listening:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once("exit", done));
        child.kill("SIGTERM");
        const timeout = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timeout);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
