// @ts-check
// The SQLite writer of the group-commit driver (group-commit-sqlite.ts), in a worker thread of its own.
// It owns the one connection that writes, so a commit's fsync (synchronous=FULL) blocks this thread,
// never the thread that answers HTTP requests. Plain JavaScript: a worker thread starts without the
// TypeScript loader the rest of the server runs under.
//
// Messages in are arrays of requests, out arrays of replies, one message per group, not per statement
// (each message wakes the other thread, which costs more than a small statement); either way as JSON
// text when all their values are strings, finite numbers or null, which is cheaper than cloning objects.
// Requests:  { op: "run", id, key, sql?, parameters, mode: "batch" | "alone" | "transaction", reset? }
//            { op: "begin" | "commit" | "rollback" | "close", id }
// Replies:   { id, ok: true, rows?, changes?, lastInsertRowid?, commit? } | { id, ok: false, error }
// (`commit` numbers the batch commits, for tests and diagnostics).
// A "batch" statement joins the open transaction (the first one opens it) and is answered only after
// that transaction committed, in the next turn of this thread's event loop. "alone" waits for the batch
// to commit and runs outside any transaction (PRAGMA, checkpoints). "transaction" runs at once inside
// an explicit transaction started with "begin".
import { parentPort, workerData } from "node:worker_threads";
import SQLite from "better-sqlite3";

const port = /** @type {import("node:worker_threads").MessagePort} */ (parentPort);
const { path, pragmas } = /** @type {{ path: string; pragmas: string[] }} */ (workerData);

const db = new SQLite(path);
for (const pragma of pragmas) db.pragma(pragma);

/** @type {Map<number, import("better-sqlite3").Statement>} */
const statements = new Map();
/** @type {{ id: number; result: object }[] | null} */
let batch = null;
let commits = 0;

/** @param {unknown} error */
function describe(error) {
  const e = /** @type {{ name?: string; message?: string; code?: string }} */ (error);
  return { name: e?.name ?? "Error", message: e?.message ?? String(error), code: e?.code };
}

/** @type {object[]} */
let outbox = [];

/** @param {object} reply */
function reply(reply) {
  if (outbox.length === 0) setImmediate(flush);
  outbox.push(reply);
}

/** @param {unknown} value */
const plain = (value) =>
  value === null || typeof value === "string" || (typeof value === "number" && Number.isFinite(value));

/** True when JSON carries every row value of these replies unchanged (no blobs, no bigints). */
function onlyPlainRows(/** @type {any[]} */ replies) {
  for (const { rows } of replies) {
    if (!rows) continue;
    for (const row of rows) for (const key in row) if (!plain(row[key])) return false;
  }
  return true;
}

// Replies go as JSON text when they allow it, like requests: cheaper for the thread answering requests.
function flush() {
  const replies = outbox;
  outbox = [];
  if (replies.length > 0) port.postMessage(onlyPlainRows(replies) ? JSON.stringify(replies) : replies);
}

/** @param {number} id @param {unknown} error */
function fail(id, error) {
  reply({ id, ok: false, error: describe(error) });
}

/** @param {number} key @param {string | undefined} sql @param {unknown[]} parameters */
function run(key, sql, parameters) {
  let statement = statements.get(key);
  if (!statement) {
    if (sql === undefined) throw new Error(`the SQLite writer has no statement ${key}`);
    statement = db.prepare(sql);
    statements.set(key, statement);
  }
  if (statement.reader) return { rows: statement.all(...parameters) };
  const { changes, lastInsertRowid } = statement.run(...parameters);
  return { rows: [], changes, lastInsertRowid: Number(lastInsertRowid) };
}

function commit() {
  const done = batch;
  batch = null;
  if (!done) return;
  try {
    db.exec("COMMIT");
  } catch (error) {
    if (db.inTransaction) db.exec("ROLLBACK");
    for (const { id } of done) fail(id, error);
    return;
  }
  commits += 1;
  for (const { id, result } of done) reply({ id, ok: true, commit: commits, ...result });
  // At once: the requests that arrived during the sync are waiting in the port, and the loop would run
  // them all (the next batch) before a scheduled flush, keeping these writes waiting that much longer.
  flush();
}

// JSON text when the values allow it (the cheaper form to send), otherwise cloned objects.
port.on("message", (/** @type {any[] | string} */ requests) => {
  for (const request of typeof requests === "string" ? JSON.parse(requests) : requests) handle(request);
});

/** @param {any} message */
function handle(message) {
  const { op, id } = message;
  if (message.reset) statements.clear(); // the main thread forgot every statement key
  try {
    if (op === "run" && message.mode === "batch") {
      if (!batch) {
        db.exec("BEGIN");
        batch = [];
        setImmediate(commit);
      }
      let result;
      try {
        result = run(message.key, message.sql, message.parameters);
      } catch (error) {
        // Most errors undo one statement; some (disk full, I/O) abort the whole transaction.
        if (!db.inTransaction) {
          const lost = batch;
          batch = null;
          for (const entry of lost) fail(entry.id, error);
        }
        throw error;
      }
      batch.push({ id, result });
      return;
    }
    if (op === "run") {
      if (message.mode === "alone") commit();
      reply({ id, ok: true, ...run(message.key, message.sql, message.parameters) });
      return;
    }
    commit();
    if (op === "begin") db.exec("BEGIN");
    else if (op === "commit") db.exec("COMMIT");
    else if (op === "rollback") {
      if (db.inTransaction) db.exec("ROLLBACK");
    } else if (op === "close") {
      db.close();
      flush();
      port.postMessage([{ id, ok: true }]);
      port.close();
      return;
    }
    reply({ id, ok: true });
  } catch (error) {
    fail(id, error);
  }
}

port.postMessage([{ id: 0, ok: true, ready: true }]);
