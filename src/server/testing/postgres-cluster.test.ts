import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PostgresCluster, startPostgresCluster } from "./postgres-cluster";

describe("throwaway PostgreSQL cluster", () => {
  let cluster: PostgresCluster;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  });
  afterAll(() => cluster?.stop());

  it("creates a database that accepts queries and shows up in a dump", async () => {
    const url = await cluster.createDatabase();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("CREATE TABLE t (v text)");
    await client.query("INSERT INTO t VALUES ('marker-4b1c')");
    const { rows } = await client.query("SELECT v FROM t");
    await client.end();
    expect(rows).toEqual([{ v: "marker-4b1c" }]);
    expect(cluster.dumpData(url)).toContain("marker-4b1c");
  });
});
