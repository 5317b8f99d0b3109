import { Worker } from "node:worker_threads";
import type { Logger } from "../logging/logger";
import { joinSavedTexts, type SafetyScan, scanSavedText } from "./safety-scan";

/** Reads saved text for safety signals. Never rejects: a failed scan answers no signal (see safety-scan.ts). */
export interface SafetyScanner {
  scan(texts: readonly (string | null | undefined)[]): Promise<SafetyScan>;
  /** Stops the detector's thread, if it has one. */
  close(): Promise<void>;
}

/** The detector on the calling thread (tools that save a few texts, such as `poise demo`). */
export function inThreadScanner(logger: Logger): SafetyScanner {
  return { scan: async (texts) => scanSavedText(texts, logger), close: async () => {} };
}

type Reply = { id: number; signals: SafetyScan["signals"] } | { id: number; failed: string };

/**
 * Starts the detector in a worker thread (safety-scan-thread.mjs) and resolves once it has built its
 * indexes. Scans asked for in one turn of the event loop travel in one message. Measured under the
 * server benchmark, a note's scan took 30–40 µs of the request thread; here it runs on the other core
 * while the write waits for its commit (docs/benchmarks.md, "Server"). If the thread cannot start or
 * stops, the scans waiting for it and every later one run on the calling thread instead, so a saved
 * text is still read.
 */
export async function startScanThread(
  logger: Logger,
  // Tests give a script that fails, to see the fallback.
  script: URL = new URL("./safety-scan-thread.mjs", import.meta.url),
): Promise<SafetyScanner> {
  const fallback = inThreadScanner(logger);
  const pending = new Map<number, { text: string; resolve(scan: SafetyScan): void }>();
  let outbox: { id: number; text: string }[] = [];
  let nextId = 1;
  let worker: Worker | null = new Worker(script);

  // Texts sent to a thread that is gone are read here instead.
  const scanPendingHere = () => {
    for (const { text, resolve } of pending.values()) resolve(scanSavedText([text], logger));
    pending.clear();
  };
  // Called when the thread fails or exits; after close() there is no thread and nothing to do.
  const stop = (reason: unknown) => {
    if (!worker) return;
    worker = null;
    logger.error("the safety scan thread stopped; scanning on the request thread", {
      error: reason instanceof Error ? reason.name : String(reason),
    });
    scanPendingHere();
  };
  const flush = () => {
    const requests = outbox;
    outbox = [];
    if (worker) worker.postMessage(JSON.stringify(requests));
  };

  try {
    await untilReady(worker);
  } catch (error) {
    logger.warn("the safety scan thread did not start; scanning on the request thread", {
      error: error instanceof Error ? error.message : String(error),
    });
    await worker.terminate();
    worker = null;
    return fallback;
  }
  const running = worker;
  running.on("error", stop);
  running.on("exit", (code) => stop(new Error(`exit code ${code}`)));
  running.on("message", (message: string) => {
    for (const reply of JSON.parse(message) as Reply[]) {
      const waiting = pending.get(reply.id);
      if (!waiting) continue;
      pending.delete(reply.id);
      if ("signals" in reply) waiting.resolve({ signals: reply.signals });
      else {
        logger.error("safety scan failed", { error: reply.failed });
        waiting.resolve({ signals: [] });
      }
    }
  });
  // A thread left running would keep a process alive that has nothing else to do.
  running.unref();

  return {
    scan(texts) {
      const text = joinSavedTexts(texts);
      if (text === "") return Promise.resolve({ signals: [] });
      if (!worker) return fallback.scan([text]);
      const id = nextId++;
      return new Promise<SafetyScan>((resolve) => {
        pending.set(id, { text, resolve });
        if (outbox.length === 0) setImmediate(flush);
        outbox.push({ id, text });
      });
    },
    async close() {
      const closing = worker;
      worker = null;
      if (!closing) return;
      await closing.terminate(); // its exit is not a failure: `stop` sees no thread any more
      scanPendingHere();
    },
  };
}

/** Resolves on the thread's first message (it is ready), rejects if it fails or exits first. */
function untilReady(worker: Worker): Promise<void> {
  return new Promise<void>((ready, failed) => {
    // Only these listeners are removed: the Worker keeps listeners of its own.
    const settle = (error?: Error) => {
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      if (error) failed(error);
      else ready();
    };
    const onMessage = () => settle();
    const onError = (error: Error) => settle(error);
    const onExit = (code: number) => settle(new Error(`exit code ${code}`));
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
  });
}
