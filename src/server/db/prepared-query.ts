import type { Compilable, CompiledQuery, Kysely } from "kysely";

// Marks a parameter's place while the query compiles; it never reaches the database, and real values
// are put in by position afterwards, so what they contain does not matter.
const placeholderPrefix = "\u0000poise-parameter:";

/** A query compiled once; `run` executes it with new values for its named parameters. */
export interface PreparedQuery<P extends string, R> {
  /** The SQL text, compiled once for this database's dialect. */
  readonly sql: string;
  run(values: Readonly<Record<P, unknown>>): Promise<R[]>;
}

/**
 * Builds and compiles a Kysely query once, for the queries every request runs (the session lookup,
 * the check-in write): Kysely otherwise rebuilds and recompiles the same query on every call, which
 * costs more than SQLite takes to run it. `build` receives `parameter(name)`, a placeholder to put
 * wherever a value changes from call to call; compiling reveals where each placeholder landed among
 * the positional parameters, and `run` puts the real values there. Any dialect works, because the
 * compiled SQL is the dialect's own. Recipe: Kysely's "splitting query building and execution".
 *
 * The query must not transform a parameter before binding it (e.g. `sql.lit`), and every name must be
 * used; both are checked when preparing. Poise uses no Kysely plugins, so results are the driver's rows.
 * Preparing is O(query size); `run` is O(parameters) plus the database's own work.
 *
 * Example:
 * ```ts
 * const byId = prepareQuery(db, ["id"], (p) => db.selectFrom("users").selectAll().where("id", "=", p("id")));
 * const rows = await byId.run({ id });
 * ```
 */
export function prepareQuery<D, P extends string, R>(
  db: Kysely<D>,
  names: readonly P[],
  // biome-ignore lint/suspicious/noExplicitAny: a placeholder stands for a value of whatever type its column has
  build: (parameter: (name: P) => any) => Compilable<R>,
): PreparedQuery<P, R> {
  const compiled: CompiledQuery<R> = build((name) => `${placeholderPrefix}${name}`).compile();
  // For each positional parameter: the name of the value to put there, or the constant it holds.
  const slots = compiled.parameters.map(
    (value): { named: true; name: P } | { named: false; constant: unknown } =>
      typeof value === "string" && value.startsWith(placeholderPrefix)
        ? { named: true, name: value.slice(placeholderPrefix.length) as P }
        : { named: false, constant: value },
  );
  if (compiled.sql.includes(placeholderPrefix)) {
    throw new Error("prepareQuery requires parameters bound as values, not written into the SQL text");
  }
  for (const name of names) {
    if (!slots.some((slot) => slot.named && slot.name === name)) {
      throw new Error(`prepareQuery requires parameter "${name}" to be bound as a value in the query`);
    }
  }
  const unlisted = slots.find((slot) => slot.named && !names.includes(slot.name));
  if (unlisted?.named)
    throw new Error(`prepareQuery requires "${unlisted.name}" to be listed among the parameter names`);
  return {
    sql: compiled.sql,
    async run(values) {
      const parameters = slots.map((slot) => (slot.named ? values[slot.name] : slot.constant));
      const result = await db.executeQuery<R>({ ...compiled, parameters });
      return result.rows;
    },
  };
}
