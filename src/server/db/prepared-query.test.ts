import { sql } from "kysely";
import { expect, it } from "vitest";
import { describeEachDatabase } from "../testing/test-environment";
import { prepareQuery } from "./prepared-query";

describeEachDatabase("prepared queries", (env) => {
  it("run with new values each time and give what the same query built afresh gives", async () => {
    const { db } = env().database();
    const insert = prepareQuery(db, ["name", "value"], (p) =>
      db
        .insertInto("instance_settings")
        .values({ name: p("name"), value: p("value") })
        .returning(["name", "value"]),
    );
    expect(await insert.run({ name: "prepared-a", value: "1" })).toEqual([
      { name: "prepared-a", value: "1" },
    ]);
    expect(await insert.run({ name: "prepared-b", value: "2" })).toEqual([
      { name: "prepared-b", value: "2" },
    ]);

    // A constant (the LIMIT, the LIKE pattern) stays, a parameter may appear twice.
    const select = prepareQuery(db, ["from"], (p) =>
      db
        .selectFrom("instance_settings")
        .select(["name", "value"])
        .where("name", ">=", p("from"))
        .where("name", "like", "prepared-%")
        .where((eb) => eb.or([eb("value", "=", "2"), eb("name", "=", p("from"))]))
        .orderBy("name")
        .limit(5),
    );
    const afresh = (from: string) =>
      db
        .selectFrom("instance_settings")
        .select(["name", "value"])
        .where("name", ">=", from)
        .where("name", "like", "prepared-%")
        .where((eb) => eb.or([eb("value", "=", "2"), eb("name", "=", from)]))
        .orderBy("name")
        .limit(5)
        .execute();
    for (const from of ["prepared-a", "prepared-b", "prepared-c"]) {
      expect(await select.run({ from })).toEqual(await afresh(from));
    }
    expect(await select.run({ from: "prepared-a" })).toEqual([
      { name: "prepared-a", value: "1" },
      { name: "prepared-b", value: "2" },
    ]);
    expect(select.sql).toContain(env().dialect === "postgres" ? "$1" : "?");
  });

  it("refuses a parameter that is never bound, or written into the SQL text", () => {
    const { db } = env().database();
    expect(() =>
      prepareQuery(db, ["name", "unused"], (p) =>
        db.selectFrom("instance_settings").selectAll().where("name", "=", p("name")),
      ),
    ).toThrow(/"unused"/);
    expect(() =>
      prepareQuery(db, ["name"], (p) =>
        db
          .selectFrom("instance_settings")
          .selectAll()
          .where("name", "=", sql.lit(p("name"))),
      ),
    ).toThrow(/not written into the SQL text/);
  });
});
