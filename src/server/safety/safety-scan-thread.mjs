// @ts-check
// The safety detector in a worker thread of its own (safety-scanner.ts), so reading a saved note does
// not take the time of the thread that answers requests, and the note is read while its write waits
// for the commit. Plain JavaScript: a worker thread starts without the TypeScript loader, so it
// registers tsx itself before importing the detector from src/core.
//
// Messages in:  JSON text of [{ id, text }]; out: JSON text of [{ id, signals } | { id, failed: name }],
// one message per message in (each wakes the other thread, which costs more than a short scan).
// The texts are never stored or logged here.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { detectSafetySignals } = await import("../../core/safety/detect-safety-signals.ts");
const port = /** @type {import("node:worker_threads").MessagePort} */ (parentPort);

// The detector builds its indexes on first use: pay it before saying ready.
detectSafetySignals("A quiet evening, and a walk before bed.");
detectSafetySignals("Une soirée calme, et une promenade avant de dormir.");

port.on("message", (/** @type {string} */ message) => {
  const requests = /** @type {{ id: number; text: string }[]} */ (JSON.parse(message));
  const replies = requests.map(({ id, text }) => {
    try {
      return { id, signals: detectSafetySignals(text).signals };
    } catch (error) {
      return { id, failed: error instanceof Error ? error.name : "unknown" };
    }
  });
  port.postMessage(JSON.stringify(replies));
});
port.postMessage(JSON.stringify({ ready: true }));
