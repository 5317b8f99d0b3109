import { Worker } from "node:worker_threads";
import SQLite from "better-sqlite3";
import {
  type CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from "kysely";

// Statements that must run on their own, outside any batch (checkpoints, explicit transaction control).
const controlStatement = /^\s*(pragma|vacuum|begin|commit|end|rollback|savepoint|release|attach|detach)\b/i;
const statementCacheSize = 500;

/** Prepared statements by SQL text: Kysely sends the same few texts over and over. */
class StatementCache {
  readonly #statements = new Map<string, SQLite.Statement>();
  constructor(private readonly database: SQLite.Database) {}
  get(sql: string): SQLite.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      if (this.#statements.size >= statementCacheSize) this.#statements.clear();
      statement = this.database.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}

type Mode = "batch" | "alone" | "transaction";

/** True when JSON carries these values unchanged: strings, finite numbers and null. O(values). */
export function onlyPlainValues(values: readonly unknown[]): boolean {
  for (const value of values) {
    if (value === null || typeof value === "string") continue;
    if (typeof value !== "number" || !Number.isFinite(value)) return false;
  }
  return true;
}
interface Reply {
  id: number;
  ok: boolean;
  rows?: unknown[];
  changes?: number;
  lastInsertRowid?: number;
  commit?: number;
  error?: { name: string; message: string; code?: string };
}

/** Where the writer thread opens the database, and the PRAGMAs it sets first. */
export interface SqliteWriterOptions {
  path: string;
  pragmas: readonly string[];
}

/**
 * A Kysely driver for SQLite with group commit, the committing done off the main thread.
 *
 * SQLite has one writer, and committing every write on its own costs one fsync each
 * (synchronous=FULL). Here writes that arrive together share one transaction: the first opens it, the
 * others join, and it commits in the next turn of the writer's event loop. Every write is answered only
 * after its transaction committed (and synced), so an acknowledged write survives a crash; a failed
 * commit fails every write of the batch, none of which was acknowledged.
 *
 * The writing connection lives in a worker thread (sqlite-writer-thread.mjs), so the commit's sync — a
 * millisecond or more, far more on a busy disk — and the automatic checkpoints block that thread, not
 * the one answering requests. Reads run on this thread on a second connection, which in WAL mode sees
 * only committed data: nobody reads a write before it is durable, and reads never wait for a batch.
 * Explicit transactions (the migrations) take the writer to themselves until they end.
 */
export class GroupCommitSqliteDriver implements Driver {
  readonly #readerStatements: StatementCache;
  // Started by init() (Kysely's first query): Kysely destroys only a driver it initialised, and a
  // running thread would keep the process alive.
  #worker: Worker | null = null;
  // Statement texts are sent to the writer once; afterwards a number names them.
  readonly #statementKeys = new Map<string, number>();
  readonly #pending = new Map<number, { resolve(reply: Reply): void; reject(error: unknown): void }>();
  #nextId = 1;
  #outbox: Record<string, unknown>[] = [];
  // Whether every value in the outbox survives JSON unchanged (see #flush).
  #outboxIsPlain = true;
  #nextStatementKey = 1;
  #stopped: Error | null = null;
  #owner: DatabaseConnection | null = null;
  #commits = 0;
  #transactionLock: Promise<void> | null = null;
  #releaseTransactionLock: (() => void) | null = null;

  constructor(
    private readonly writer: SqliteWriterOptions,
    private readonly reader: SQLite.Database,
  ) {
    this.#readerStatements = new StatementCache(reader);
  }

  /** How many batch transactions the writer has committed so far (as far as this thread has heard). */
  get commits(): number {
    return this.#commits;
  }

  async init(): Promise<void> {
    const worker = new Worker(new URL("./sqlite-writer-thread.mjs", import.meta.url), {
      workerData: { path: this.writer.path, pragmas: [...this.writer.pragmas] },
    });
    this.#worker = worker;
    await new Promise<void>((started, failed) => {
      const stop = (error: Error) => {
        this.#stopped ??= error;
        failed(error);
        for (const waiting of this.#pending.values()) waiting.reject(error);
        this.#pending.clear();
      };
      worker.on("error", (error) => stop(error));
      worker.on("exit", (code) => stop(new Error(`the SQLite writer thread stopped (exit code ${code})`)));
      worker.on("message", (message: (Reply & { ready?: boolean })[] | string) => {
        const replies: (Reply & { ready?: boolean })[] =
          typeof message === "string" ? JSON.parse(message) : message;
        for (const reply of replies) {
          if (reply.ready) started();
          else this.#settle(reply);
        }
      });
    });
  }

  #settle(reply: Reply): void {
    const waiting = this.#pending.get(reply.id);
    if (!waiting) return;
    this.#pending.delete(reply.id);
    if (reply.commit !== undefined && reply.commit > this.#commits) this.#commits = reply.commit;
    if (reply.ok) {
      waiting.resolve(reply);
      return;
    }
    const { message, code, name } = reply.error ?? { message: "unknown SQLite error", name: "Error" };
    const error = code ? new SQLite.SqliteError(message, code) : new Error(message);
    if (!code) error.name = name;
    waiting.reject(error);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const connection: DatabaseConnection = {
      executeQuery: <R>(query: CompiledQuery) => this.#execute(connection, query) as Promise<QueryResult<R>>,
      streamQuery: () => {
        throw new Error("streamQuery is not supported by the group-commit SQLite driver");
      },
    };
    return connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await this.#waitForExplicitTransaction();
    this.#transactionLock = new Promise((resolve) => {
      this.#releaseTransactionLock = resolve;
    });
    this.#owner = connection;
    try {
      await this.#send({ op: "begin" });
    } catch (error) {
      this.#endExplicitTransaction();
      throw error;
    }
  }

  async commitTransaction(): Promise<void> {
    try {
      await this.#send({ op: "commit" });
    } finally {
      this.#endExplicitTransaction();
    }
  }

  async rollbackTransaction(): Promise<void> {
    try {
      await this.#send({ op: "rollback" });
    } finally {
      this.#endExplicitTransaction();
    }
  }

  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {
    if (this.#worker && !this.#stopped) {
      await this.#send({ op: "close" }).catch(() => {});
      await this.#worker.terminate();
    }
    this.reader.close();
  }

  #endExplicitTransaction(): void {
    this.#owner = null;
    const release = this.#releaseTransactionLock;
    this.#transactionLock = null;
    this.#releaseTransactionLock = null;
    release?.();
  }

  async #waitForExplicitTransaction(): Promise<void> {
    while (this.#transactionLock) await this.#transactionLock;
  }

  // Requests made during one turn of the event loop go to the writer in one message.
  #send(message: Record<string, unknown>): Promise<Reply> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    const id = this.#nextId++;
    return new Promise<Reply>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      if (this.#outbox.length === 0) setImmediate(() => this.#flush());
      this.#outbox.push({ ...message, id });
      if (message.parameters !== undefined && !onlyPlainValues(message.parameters as readonly unknown[])) {
        this.#outboxIsPlain = false;
      }
    });
  }

  #flush(): void {
    const requests = this.#outbox;
    const plain = this.#outboxIsPlain;
    this.#outbox = [];
    this.#outboxIsPlain = true;
    if (requests.length === 0 || this.#stopped) return;
    // Sent as JSON text when it holds only strings, finite numbers and null (every Poise statement):
    // cloning the same requests as objects cost this thread about four times as much.
    this.#worker?.postMessage(plain ? JSON.stringify(requests) : requests);
  }

  async #write(sql: string, parameters: readonly unknown[], mode: Mode): Promise<QueryResult<unknown>> {
    let key = this.#statementKeys.get(sql);
    let text: string | undefined;
    let reset = false;
    if (key === undefined) {
      // Bounded like the reader's cache: past the limit both sides forget every statement.
      if (this.#statementKeys.size >= statementCacheSize) {
        this.#statementKeys.clear();
        reset = true;
      }
      key = this.#nextStatementKey++;
      this.#statementKeys.set(sql, key);
      text = sql;
    }
    let reply: Reply;
    try {
      reply = await this.#send({ op: "run", key, sql: text, parameters, mode, reset });
    } catch (error) {
      // A statement that failed to prepare is not known to the writer: send its text again next time.
      if (text !== undefined) this.#statementKeys.delete(sql);
      throw error;
    }
    if (reply.changes === undefined) return { rows: reply.rows ?? [] };
    return {
      numAffectedRows: BigInt(reply.changes),
      insertId: BigInt(reply.lastInsertRowid ?? 0),
      rows: reply.rows ?? [],
    };
  }

  async #execute(connection: DatabaseConnection, query: CompiledQuery): Promise<QueryResult<unknown>> {
    const { sql, parameters } = query;
    if (this.#owner === connection) return this.#write(sql, parameters, "transaction");
    if (this.#transactionLock) await this.#waitForExplicitTransaction();
    if (controlStatement.test(sql)) return this.#write(sql, parameters, "alone");
    const probe = this.#readerStatements.get(sql);
    if (probe.readonly) {
      if (probe.reader) return { rows: probe.all(...parameters) };
      probe.run(...parameters);
      return { rows: [] };
    }
    return this.#write(sql, parameters, "batch");
  }
}

/** Kysely's SQLite dialect with the group-commit driver: a writer thread and a reader connection. */
export class GroupCommitSqliteDialect implements Dialect {
  /** The driver once Kysely has created it (tests read its commit count). */
  driver: GroupCommitSqliteDriver | undefined;
  constructor(private readonly connections: { writer: SqliteWriterOptions; reader: SQLite.Database }) {}
  createDriver(): Driver {
    this.driver = new GroupCommitSqliteDriver(this.connections.writer, this.connections.reader);
    return this.driver;
  }
  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }
  createAdapter(): DialectAdapter {
    return new SqliteAdapter();
  }
  // biome-ignore lint/suspicious/noExplicitAny: Kysely's own dialects take an untyped handle here
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}
