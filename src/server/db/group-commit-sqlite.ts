import type SQLite from "better-sqlite3";
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

interface Batch {
  done: Promise<void>;
  resolve(): void;
  reject(error: unknown): void;
}

function newBatch(): Batch {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const done = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  done.catch(() => {}); // every waiter handles the failure; the batch itself must not be "unhandled"
  return { done, resolve, reject };
}

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

function run(statement: SQLite.Statement, parameters: readonly unknown[]): QueryResult<unknown> {
  if (statement.reader) return { rows: statement.all(...parameters) };
  const { changes, lastInsertRowid } = statement.run(...parameters);
  return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
}

/**
 * A Kysely driver for SQLite with group commit. better-sqlite3 is synchronous and SQLite has one
 * writer, so committing every write on its own costs one fsync each (synchronous=FULL). Here writes
 * that arrive together share one transaction: the first opens it, the others join, and it commits in
 * the next turn of the event loop. Every write is answered only after its transaction committed (and
 * synced), so an acknowledged write is as durable as before; a failed commit fails every write of the
 * batch, none of which was acknowledged.
 *
 * Reads run on a second connection, which in WAL mode sees only committed data: nobody reads a write
 * before it is durable, and reads never wait for a batch. Explicit transactions (the migrations) take
 * the writer to themselves until they end.
 */
export class GroupCommitSqliteDriver implements Driver {
  readonly #writerStatements: StatementCache;
  readonly #readerStatements: StatementCache;
  #batch: Batch | null = null;
  #owner: DatabaseConnection | null = null;
  #transactionLock: Promise<void> | null = null;
  #releaseTransactionLock: (() => void) | null = null;

  constructor(
    private readonly writer: SQLite.Database,
    private readonly reader: SQLite.Database,
  ) {
    this.#writerStatements = new StatementCache(writer);
    this.#readerStatements = new StatementCache(reader);
  }

  async init(): Promise<void> {}

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
    while (this.#batch) await this.#batch.done.catch(() => {});
    this.#owner = connection;
    this.writer.exec("BEGIN");
  }

  async commitTransaction(): Promise<void> {
    try {
      this.writer.exec("COMMIT");
    } finally {
      this.#endExplicitTransaction();
    }
  }

  async rollbackTransaction(): Promise<void> {
    try {
      if (this.writer.inTransaction) this.writer.exec("ROLLBACK");
    } finally {
      this.#endExplicitTransaction();
    }
  }

  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {
    while (this.#batch) await this.#batch.done.catch(() => {});
    this.reader.close();
    this.writer.close();
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

  async #execute(connection: DatabaseConnection, query: CompiledQuery): Promise<QueryResult<unknown>> {
    const { sql, parameters } = query;
    if (this.#owner === connection) return run(this.#writerStatements.get(sql), parameters);
    if (this.#transactionLock) await this.#waitForExplicitTransaction();
    if (controlStatement.test(sql)) {
      while (this.#batch) await this.#batch.done.catch(() => {});
      if (this.#transactionLock) return this.#execute(connection, query);
      return run(this.#writerStatements.get(sql), parameters);
    }
    const probe = this.#readerStatements.get(sql);
    if (probe.readonly) return run(probe, parameters);

    const statement = this.#writerStatements.get(sql);
    if (!this.#batch) this.#openBatch();
    const batch = this.#batch as Batch;
    let result: QueryResult<unknown>;
    try {
      result = run(statement, parameters);
    } catch (error) {
      // Most errors undo one statement; some (disk full, I/O) abort the whole transaction.
      if (!this.writer.inTransaction && this.#batch === batch) {
        this.#batch = null;
        batch.reject(error);
      }
      throw error;
    }
    await batch.done;
    return result;
  }

  #openBatch(): void {
    const batch = newBatch();
    this.writer.exec("BEGIN");
    this.#batch = batch;
    setImmediate(() => this.#commit(batch));
  }

  #commit(batch: Batch): void {
    if (this.#batch !== batch) return;
    this.#batch = null;
    try {
      this.writer.exec("COMMIT");
      batch.resolve();
    } catch (error) {
      if (this.writer.inTransaction) this.writer.exec("ROLLBACK");
      batch.reject(error);
    }
  }
}

/** Kysely's SQLite dialect with the group-commit driver over a writer and a reader connection. */
export class GroupCommitSqliteDialect implements Dialect {
  constructor(private readonly connections: { writer: SQLite.Database; reader: SQLite.Database }) {}
  createDriver(): Driver {
    return new GroupCommitSqliteDriver(this.connections.writer, this.connections.reader);
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
