import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import SQLite from "better-sqlite3";
import { Kysely, sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GroupCommitSqliteDialect, onlyPlainValues } from "./group-commit-sqlite";

interface TestSchema {
  parent: { id: number };
  child: { id: number; parent_id: number };
  note: { id: number; text: string };
}

describe("the group-commit SQLite driver", () => {
  let dir: string;
  let db: Kysely<TestSchema>;
  let dialect: GroupCommitSqliteDialect;
  const commits = () => dialect.driver?.commits ?? 0;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "poise-group-commit-"));
    const path = join(dir, "test.sqlite");
    const pragmas = ["journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"];
    const reader = new SQLite(path);
    for (const pragma of pragmas) reader.pragma(pragma);
    dialect = new GroupCommitSqliteDialect({ writer: { path, pragmas }, reader });
    db = new Kysely<TestSchema>({ dialect });
    await sql`create table parent (id integer primary key)`.execute(db);
    await sql`create table child (id integer primary key, parent_id integer not null references parent(id) deferrable initially deferred)`.execute(
      db,
    );
    await sql`create table note (id integer primary key, text text not null unique)`.execute(db);
  });

  afterEach(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it("commits writes that arrive together in one transaction, and answers each after the commit", async () => {
    const before = commits();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        db
          .insertInto("note")
          .values({ id: i + 1, text: `n${i}` })
          .executeTakeFirst(),
      ),
    );
    expect(results.every((r) => Number(r.numInsertedOrUpdatedRows) === 1)).toBe(true);
    expect(commits() - before).toBeLessThan(5);
    expect(commits() - before).toBeGreaterThan(0);
    const count = await db
      .selectFrom("note")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(40);
  });

  it("fails only the statement that broke a rule, not its batch companions", async () => {
    await db.insertInto("note").values({ id: 1, text: "taken" }).execute();
    const outcomes = await Promise.allSettled([
      db.insertInto("note").values({ id: 2, text: "fine" }).execute(),
      db.insertInto("note").values({ id: 3, text: "taken" }).execute(),
      db.insertInto("note").values({ id: 4, text: "also fine" }).execute(),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const ids = (await db.selectFrom("note").select("id").orderBy("id").execute()).map((r) => r.id);
    expect(ids).toEqual([1, 2, 4]);
  });

  it("fails every write of a batch whose commit fails, and keeps none of them", async () => {
    // A deferred foreign key is checked at COMMIT: the whole batch's commit fails.
    const outcomes = await Promise.allSettled([
      db.insertInto("note").values({ id: 10, text: "in the doomed batch" }).execute(),
      db.insertInto("child").values({ id: 1, parent_id: 999 }).execute(),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["rejected", "rejected"]);
    expect(await db.selectFrom("note").selectAll().execute()).toEqual([]);
    // The driver goes on working afterwards.
    await db.insertInto("note").values({ id: 11, text: "after" }).execute();
    expect((await db.selectFrom("note").select("id").execute()).map((r) => r.id)).toEqual([11]);
  });

  it("runs explicit transactions alone, with rollback", async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto("parent").values({ id: 1 }).execute();
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    const concurrent = db.insertInto("parent").values({ id: 2 }).execute();
    await db.transaction().execute(async (trx) => {
      await trx.insertInto("parent").values({ id: 3 }).execute();
      const seen = await trx.selectFrom("parent").select("id").execute();
      expect(seen.map((r) => r.id)).not.toContain(1);
    });
    await concurrent;
    expect((await db.selectFrom("parent").select("id").orderBy("id").execute()).map((r) => r.id)).toEqual([
      2, 3,
    ]);
  });

  it("never lets a read see a write before its commit", async () => {
    const write = db.insertInto("note").values({ id: 20, text: "pending" }).execute();
    // Let the write's statement run inside the open batch; its commit waits for the next turn of the
    // event loop (setImmediate), which promise continuations come before.
    for (let i = 0; i < 50; i += 1) await Promise.resolve();
    const during = await db.selectFrom("note").select("id").execute();
    await write;
    const after = await db.selectFrom("note").select("id").execute();
    expect(during).toEqual([]);
    expect(after).toEqual([{ id: 20 }]);
  });

  it("writes every kind of value exactly, whether it travels to the writer as JSON or cloned", async () => {
    await sql`create table kinds (id integer primary key, t text, r real, b blob, n integer)`.execute(db);
    const texts = ["plain", "é\u00a0’ 😀", "tab\tback\\slash \u2028 separator", "", 'line\nbreak "quoted"'];
    const reals = [0.1, -2.5e-300, 1 / 3, Number.MAX_SAFE_INTEGER, -0];
    // Buffers and bigints cannot go as JSON: a batch holding one is cloned, and so are its companions.
    const rows = texts.map((t, i) => ({
      id: i + 1,
      t,
      r: reals[i] as number,
      b: null as Buffer | null,
      n: null,
    }));
    rows.push({ id: 6, t: "with a blob", r: 1.5, b: Buffer.from([0, 255, 7]), n: null });
    await Promise.all(
      rows.map((row) =>
        sql`insert into kinds values (${row.id}, ${row.t}, ${row.r}, ${row.b}, ${row.n})`.execute(db),
      ),
    );
    await sql`insert into kinds (id, n) values (${7}, ${2n ** 60n})`.execute(db);
    const stored = await sql<{
      id: number;
      t: string;
      r: number;
      b: Buffer | null;
    }>`select id, t, r, b from kinds where id <= 6 order by id`.execute(db);
    expect(stored.rows.map((row) => row.t)).toEqual(rows.map((row) => row.t));
    expect(stored.rows.map((row) => row.r)).toEqual([...reals.slice(0, 4), 0, 1.5]);
    expect(stored.rows[5]?.b).toEqual(Buffer.from([0, 255, 7]));
    // Replies with a blob or a bigint come back cloned.
    const returned = await sql<{
      b: Buffer;
    }>`insert into kinds (id, b) values (${8}, ${Buffer.from([1, 2])}) returning b`.execute(db);
    // (Cloning hands a Buffer over as a plain Uint8Array with the same bytes.)
    expect([...(returned.rows[0]?.b ?? [])]).toEqual([1, 2]);
    const big = await sql<{ n: string }>`select cast(n as text) as n from kinds where id = 7`.execute(db);
    expect(big.rows[0]?.n).toBe(String(2n ** 60n));
  });

  it("sends JSON only for strings, finite numbers and null", () => {
    expect(onlyPlainValues(["a", 1, -0.5, null])).toBe(true);
    expect(onlyPlainValues([])).toBe(true);
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, 1n, Buffer.from("x"), undefined, true, {}]) {
      expect(onlyPlainValues(["a", value])).toBe(false);
    }
  });
});

describe("the group-commit SQLite driver's writer thread", () => {
  it("reports a database it cannot open on the first query, and keeps many distinct statements apart", async () => {
    const dir = mkdtempSync(join(tmpdir(), "poise-group-commit-"));
    try {
      const path = join(dir, "test.sqlite");
      const reader = new SQLite(path);
      reader.pragma("journal_mode = WAL");
      const broken = new Kysely<TestSchema>({
        dialect: new GroupCommitSqliteDialect({ writer: { path, pragmas: ["no_such_pragma = ("] }, reader }),
      });
      await expect(
        sql`create table note (id integer primary key, text text)`.execute(broken),
      ).rejects.toThrow();
      await broken.destroy().catch(() => {});

      const reader2 = new SQLite(path);
      const db = new Kysely<TestSchema>({
        dialect: new GroupCommitSqliteDialect({
          writer: { path, pragmas: ["synchronous = FULL"] },
          reader: reader2,
        }),
      });
      await sql`create table note (id integer primary key, text text not null)`.execute(db);
      // More distinct statement texts than either side keeps prepared (500): each still runs right.
      for (let i = 0; i < 620; i += 1) {
        await sql.raw(`insert into note (id, text) values (${i + 1}, 'n${i}')`).execute(db);
      }
      const rows = await db.selectFrom("note").select("id").execute();
      expect(rows).toHaveLength(620);
      await db.destroy();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the lifetime of the writer thread", () => {
  it("lets a process exit once the database is closed, used or not", () => {
    const dir = mkdtempSync(join(tmpdir(), "poise-group-commit-"));
    try {
      const openDatabaseModule = new URL("./open-database.ts", import.meta.url).href;
      const kyselyModule = pathToFileURL(createRequire(import.meta.url).resolve("kysely")).href;
      const uses = [
        "",
        "await sql`select 1`.execute(handle.db); await sql`create table t (x)`.execute(handle.db);",
      ];
      for (const [i, use] of uses.entries()) {
        const script = join(dir, `script-${i}.mts`);
        writeFileSync(
          script,
          [
            `const { sql } = await import(${JSON.stringify(kyselyModule)});`,
            `const { openDatabase } = await import(${JSON.stringify(openDatabaseModule)});`,
            `const handle = openDatabase({ dataDir: ${JSON.stringify(dir)}, databaseUrl: null }, console);`,
            use,
            "await handle.close();",
            'console.log("closed");',
          ].join("\n"),
        );
        const result = spawnSync(process.execPath, ["--import", "tsx", script], {
          encoding: "utf8",
          timeout: 30_000,
        });
        expect(result.stderr).toBe("");
        expect(result.stdout.trim()).toBe("closed");
        expect(result.status).toBe(0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
