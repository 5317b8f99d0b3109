import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyLimitBytes } from "../app";
import { ApiClient, type ApiResponse } from "../testing/api-client";
import { createTestEnvironment, type TestDialect, type TestEnvironment } from "../testing/test-environment";

// Property-based: malformed bodies, query strings and path parameters on every route must give a
// 4xx in the error shape (or, by chance, a success), never a 5xx.

interface Operation {
  method: string;
  template: string;
}

/** A well-formed body per route, for mutating one field at a time. */
const validBodies: Record<string, Record<string, unknown>> = {
  "post /api/auth/signup": { email: "someone@example.org", password: "a-long-enough-pass", locale: "en" },
  "post /api/auth/login": { email: "someone@example.org", password: "whatever-it-is" },
  "patch /api/me": { locale: "fr" },
  "delete /api/me": { password: "not-the-password" },
  "post /api/me/password": { currentPassword: "not-the-password", newPassword: "another-long-pass" },
  "put /api/checkins/{date}": {
    mood: 1,
    energy: 3,
    feelings: ["calm"],
    company: ["alone"],
    reassurance: { count: 1, feltAfter: "same" },
    decisions: { alone: 1, afterApproval: 0 },
    comfortAlone: 4,
    trigger: "conflict",
    helped: { strategy: "write", effect: "better" },
    note: "fine",
  },
  "post /api/journal": { title: "t", text: "x", promptId: "p-1" },
  "put /api/journal/{id}": { title: "t", text: "x" },
  "post /api/assessments": { mode: "adaptive", locale: "en" },
  "post /api/assessments/{id}/answers": { itemId: "rel-01", value: 3 },
  "put /api/practices/plan": { practiceIds: ["solo-hour", "i-statements"] },
  "post /api/practices/completions": { practiceId: "solo-hour", date: "2026-01-01", reflection: "r" },
  "put /api/practices/completions/{id}": { date: "2026-01-01", reflection: "r" },
};

const weirdSegments = [
  "",
  " ",
  "..",
  "%",
  "%00",
  "%E0%A4%A",
  "%ZZ",
  "2026-02-30",
  "2026-13-01",
  "0000-00-00",
  "9999-12-31",
  "-1",
  "1e308",
  "null",
  "undefined",
  "' OR 1=1 --",
  "<script>",
  "00000000-0000-0000-0000-000000000000",
  "9".repeat(3000),
];

const jsonish = fc.jsonValue({ maxDepth: 3 });

const pathValue = fc.oneof(
  fc.constantFrom(...weirdSegments).map((s) => ({ raw: s })),
  fc.string({ maxLength: 40 }).map((s) => ({ raw: encodeURIComponent(s) })),
  fc.uuid().map((s) => ({ raw: s })),
  fc.date({ noInvalidDate: true }).map((d) => ({ raw: d.toISOString().slice(0, 10) })),
  fc.integer().map((n) => ({ raw: String(n) })),
);

const queryString = fc.oneof(
  fc.constant(""),
  fc.constantFrom(
    "?%",
    "?a=%ZZ",
    "?&&&=",
    "?from=2026-02-30",
    "?to=x&to=y",
    "?limit=-1",
    "?limit=1e9",
    "?cursor=%00",
    "?locale=xx",
    "?days=31",
    "?today=2026-02-30",
  ),
  fc
    .array(
      fc.tuple(
        fc.constantFrom("from", "to", "limit", "cursor", "q", "locale", "days", "today", "x"),
        fc.string({ maxLength: 30 }),
      ),
      {
        maxLength: 4,
      },
    )
    .map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
);

function mutatedBody(valid: Record<string, unknown> | undefined) {
  const keys = Object.keys(valid ?? { field: 1 });
  return fc.tuple(fc.constantFrom(...keys, "unexpected"), jsonish, fc.boolean()).map(([key, value, drop]) => {
    const copy: Record<string, unknown> = { ...(valid ?? {}) };
    if (drop) delete copy[key];
    else copy[key] = value;
    return { body: JSON.stringify(copy), type: "application/json" };
  });
}

function bodyFor(key: string) {
  return fc.oneof(
    { arbitrary: jsonish.map((v) => ({ body: JSON.stringify(v), type: "application/json" })), weight: 3 },
    { arbitrary: mutatedBody(validBodies[key]), weight: 5 },
    {
      arbitrary: fc.string({ maxLength: 60 }).map((s) => ({ body: s, type: "application/json" })),
      weight: 2,
    },
    {
      arbitrary: fc
        .constantFrom(
          "text/plain",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "",
        )
        .map((type) => ({ body: JSON.stringify(validBodies[key] ?? {}), type })),
      weight: 1,
    },
    { arbitrary: fc.constant({ body: "", type: "application/json" }), weight: 1 },
    {
      arbitrary: fc.constant({ body: `{"text":"${"x".repeat(bodyLimitBytes)}"}`, type: "application/json" }),
      weight: 1,
    },
  );
}

function expectErrorShape(response: ApiResponse, label: string) {
  expect(response.status, label).toBeLessThan(500);
  if (response.status < 400) return;
  expect(response.headers.get("content-type"), label).toMatch(/application\/json/);
  expect(typeof response.body?.error?.code, label).toBe("string");
  expect(typeof response.body?.error?.message, label).toBe("string");
  const fields = response.body.error.fields;
  if (fields !== undefined) {
    for (const value of Object.values(fields)) expect(typeof value, label).toBe("string");
  }
}

// The full run goes to SQLite; PostgreSQL gets a shorter one for what only it could refuse (a NUL byte
// in text, say), to keep the suite's time reasonable.
const runsPerRoute: Record<TestDialect, { writes: number; reads: number; logout: number; total: number }> = {
  sqlite: { writes: 100, reads: 30, logout: 50, total: 1000 },
  postgres: { writes: 30, reads: 10, logout: 20, total: 300 },
};

describe.each(["sqlite", "postgres"] as const)(
  "malformed input never causes a server error on %s",
  (dialect) => {
    const runs = runsPerRoute[dialect];
    let env: TestEnvironment;
    let operations: Operation[];
    let client: ApiClient;
    let sessionCookie: string | undefined;
    let requests = 0;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      env = await createTestEnvironment(dialect);
      const doc = (await env.client().get("/api/openapi.json")).body;
      operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
        ([template, item]) => Object.keys(item).map((method) => ({ method, template })),
      );
      const signedIn = await env.signedIn();
      client = signedIn.client;
      sessionCookie = client.cookie;
      await client.put("/api/checkins/2026-01-01", { mood: 0 });
      ids.journal = (await client.post("/api/journal", { text: "kept" })).body.id;
      ids.assessment = (await client.post("/api/assessments", { mode: "adaptive" })).body.id;
      ids.completion = (await client.post("/api/practices/completions", { practiceId: "solo-hour" })).body.id;
    });
    afterAll(() => env?.close());

    const send = async (
      op: Operation,
      path: { raw: string } | null,
      query: string,
      body: { body: string; type: string } | null,
    ) => {
      // Every request starts from the same signed-in session (sign-up and sign-in may have replaced it).
      client.cookie = sessionCookie;
      const url = `${op.template.replace(/\{[^}]+\}/, path ? path.raw : "x")}${query}`;
      const headers: Record<string, string> = {};
      if (body?.type) headers["content-type"] = body.type;
      requests += 1;
      return client.request(op.method.toUpperCase(), url, { raw: body?.body, headers });
    };

    it("on every write route (bodies, query strings and path parameters)", async () => {
      const writes = operations.filter((op) => op.method !== "get" && op.template !== "/api/auth/logout");
      expect(writes.length).toBeGreaterThanOrEqual(16);
      for (const op of writes) {
        const key = `${op.method} ${op.template}`;
        const hasParam = op.template.includes("{");
        await fc.assert(
          fc.asyncProperty(
            hasParam ? fc.option(pathValue, { freq: 4 }) : fc.constant(null),
            queryString,
            bodyFor(key),
            async (path, query, body) => {
              const fallback = op.template.includes("{date}")
                ? "2026-01-01"
                : op.template.includes("assessments")
                  ? ids.assessment
                  : op.template.includes("practices")
                    ? ids.completion
                    : ids.journal;
              const response = await send(
                op,
                hasParam ? (path ?? { raw: fallback ?? "x" }) : null,
                query,
                body,
              );
              expectErrorShape(
                response,
                `${key} ${JSON.stringify({ path, query, body: body.body.slice(0, 80) })}`,
              );
            },
          ),
          { numRuns: runs.writes },
        );
      }
    });

    it("on sign-out and on every read route (query strings and path parameters)", async () => {
      const reads = operations.filter((op) => op.method === "get");
      for (const op of reads) {
        const hasParam = op.template.includes("{");
        await fc.assert(
          fc.asyncProperty(hasParam ? pathValue : fc.constant(null), queryString, async (path, query) => {
            const response = await send(op, path, query, null);
            expectErrorShape(response, `${op.method} ${op.template} ${JSON.stringify({ path, query })}`);
          }),
          { numRuns: runs.reads },
        );
      }
      // Sign-out ends the session, so it gets a client of its own.
      const outsider = new ApiClient(env.baseUrl);
      await fc.assert(
        fc.asyncProperty(queryString, bodyFor("post /api/auth/logout"), async (query, body) => {
          requests += 1;
          const response = await outsider.request("POST", `/api/auth/logout${query}`, {
            raw: body.body,
            headers: body.type ? { "content-type": body.type } : {},
          });
          expectErrorShape(response, `logout ${query}`);
        }),
        { numRuns: runs.logout },
      );
    });

    it(`sent at least ${runs.total} malformed requests`, () => {
      expect(requests).toBeGreaterThanOrEqual(runs.total);
      expect(env.logs.filter((line) => line.includes(" error ")).join("\n")).toBe("");
    });
  },
);
