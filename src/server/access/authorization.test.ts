import { expect, it } from "vitest";
import type { ApiClient, ApiResponse } from "../testing/api-client";
import { describeEachDatabase } from "../testing/test-environment";

type Identity = "anonymous" | "other" | "owner";

/** What the owner's data looks like to the matrix. */
interface Fixture {
  /** A day only the owner has a check-in for. */
  ownerDay: string;
  /** A day both may write: each writes their own check-in for it. */
  day: string;
  entryId: string;
  assessmentId: string;
  itemId: string;
  completionId: string;
  marker: string;
  password: string;
  otherPassword: string;
}

/**
 * How a route must treat each identity:
 * - resource: the owner's record by id or date; anonymous 401, another person 404, the owner 2xx;
 * - collection: the caller's own data; anonymous 401, another person 2xx without any of the owner's data;
 * - password: account operations needing the password; another person using the owner's password 403;
 * - public: open to everyone.
 */
type Kind = "resource" | "collection" | "password" | "public";

interface Case {
  method: string;
  route: string;
  kind: Kind;
  request(f: Fixture, who: Identity): { path: string; json?: unknown };
}

const cases: Case[] = [
  { method: "get", route: "/api/health", kind: "public", request: () => ({ path: "/api/health" }) },
  { method: "get", route: "/api/me", kind: "collection", request: () => ({ path: "/api/me" }) },
  {
    method: "patch",
    route: "/api/me",
    kind: "collection",
    request: () => ({ path: "/api/me", json: { locale: "en" } }),
  },
  { method: "get", route: "/api/checkins", kind: "collection", request: () => ({ path: "/api/checkins" }) },
  {
    method: "get",
    route: "/api/checkins/{date}",
    kind: "resource",
    request: (f) => ({ path: `/api/checkins/${f.ownerDay}` }),
  },
  {
    method: "put",
    route: "/api/checkins/{date}",
    kind: "collection",
    request: (f, who) => ({
      path: `/api/checkins/${f.day}`,
      json: { mood: who === "owner" ? -1 : 3, note: `${who} writes` },
    }),
  },
  {
    method: "post",
    route: "/api/journal",
    kind: "collection",
    request: () => ({ path: "/api/journal", json: { text: "new entry" } }),
  },
  { method: "get", route: "/api/journal", kind: "collection", request: () => ({ path: "/api/journal" }) },
  {
    method: "get",
    route: "/api/journal/{id}",
    kind: "resource",
    request: (f) => ({ path: `/api/journal/${f.entryId}` }),
  },
  {
    method: "put",
    route: "/api/journal/{id}",
    kind: "resource",
    request: (f, who) => ({ path: `/api/journal/${f.entryId}`, json: { text: `${who} rewrites` } }),
  },
  {
    method: "post",
    route: "/api/assessments",
    kind: "collection",
    request: () => ({ path: "/api/assessments", json: { mode: "adaptive" } }),
  },
  {
    method: "get",
    route: "/api/assessments",
    kind: "collection",
    request: () => ({ path: "/api/assessments" }),
  },
  {
    method: "get",
    route: "/api/assessments/{id}",
    kind: "resource",
    request: (f) => ({ path: `/api/assessments/${f.assessmentId}` }),
  },
  {
    method: "post",
    route: "/api/assessments/{id}/answers",
    kind: "resource",
    request: (f) => ({
      path: `/api/assessments/${f.assessmentId}/answers`,
      json: { itemId: f.itemId, value: 2 },
    }),
  },
  { method: "get", route: "/api/export", kind: "collection", request: () => ({ path: "/api/export" }) },
  {
    method: "get",
    route: "/api/insights",
    kind: "collection",
    request: () => ({ path: "/api/insights?days=365" }),
  },
  {
    method: "get",
    route: "/api/export.csv",
    kind: "collection",
    request: () => ({ path: "/api/export.csv" }),
  },
  { method: "get", route: "/api/practices", kind: "collection", request: () => ({ path: "/api/practices" }) },
  {
    method: "get",
    route: "/api/practices/plan",
    kind: "collection",
    request: () => ({ path: "/api/practices/plan" }),
  },
  {
    method: "put",
    route: "/api/practices/plan",
    kind: "collection",
    request: () => ({ path: "/api/practices/plan", json: { practiceIds: ["solo-hour"] } }),
  },
  {
    method: "get",
    route: "/api/practices/progress",
    kind: "collection",
    request: () => ({ path: "/api/practices/progress" }),
  },
  {
    method: "post",
    route: "/api/practices/completions",
    kind: "collection",
    request: (_f, who) => ({
      path: "/api/practices/completions",
      json: { practiceId: "solo-hour", reflection: `${who} practised` },
    }),
  },
  {
    method: "get",
    route: "/api/practices/completions",
    kind: "collection",
    request: () => ({ path: "/api/practices/completions" }),
  },
  {
    method: "get",
    route: "/api/practices/completions/{id}",
    kind: "resource",
    request: (f) => ({ path: `/api/practices/completions/${f.completionId}` }),
  },
  {
    method: "put",
    route: "/api/practices/completions/{id}",
    kind: "resource",
    request: (f, who) => ({
      path: `/api/practices/completions/${f.completionId}`,
      json: { date: "2026-04-04", reflection: `${who} rewrites` },
    }),
  },
  {
    method: "post",
    route: "/api/me/password",
    kind: "password",
    request: (f) => ({
      path: "/api/me/password",
      json: { currentPassword: f.password, newPassword: `${f.password}-2` },
    }),
  },
  {
    method: "delete",
    route: "/api/checkins/{date}",
    kind: "resource",
    request: (f) => ({ path: `/api/checkins/${f.ownerDay}` }),
  },
  {
    method: "delete",
    route: "/api/journal/{id}",
    kind: "resource",
    request: (f) => ({ path: `/api/journal/${f.entryId}` }),
  },
  {
    method: "delete",
    route: "/api/assessments/{id}",
    kind: "resource",
    request: (f) => ({ path: `/api/assessments/${f.assessmentId}` }),
  },
  {
    method: "delete",
    route: "/api/practices/completions/{id}",
    kind: "resource",
    request: (f) => ({ path: `/api/practices/completions/${f.completionId}` }),
  },
  // Sign-up, sign-in and sign-out are open to everyone and act only on the caller's own session.
  {
    method: "post",
    route: "/api/auth/signup",
    kind: "public",
    request: () => ({ path: "/api/auth/signup" }),
  },
  { method: "post", route: "/api/auth/login", kind: "public", request: () => ({ path: "/api/auth/login" }) },
  {
    method: "post",
    route: "/api/auth/logout",
    kind: "public",
    request: () => ({ path: "/api/auth/logout" }),
  },
  {
    method: "delete",
    route: "/api/me",
    kind: "password",
    request: (f, who) => ({
      path: "/api/me",
      json: { password: who === "owner" ? `${f.password}-2` : f.password },
    }),
  },
];

const send = (
  client: ApiClient,
  method: string,
  request: { path: string; json?: unknown },
): Promise<ApiResponse> => client.request(method.toUpperCase(), request.path, { json: request.json });

function withoutTimestamp(doc: { exportedAt?: string }) {
  const { exportedAt: _ignored, ...rest } = doc;
  return rest;
}

describeEachDatabase("authorisation of every route", (env) => {
  it("covers every route of the OpenAPI document", async () => {
    const doc = (await env().client().get("/api/openapi.json")).body;
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, item]) => Object.keys(item).map((method) => `${method} ${path}`),
    );
    expect(documented.length).toBeGreaterThan(15);
    expect(new Set(cases.map((c) => `${c.method} ${c.route}`))).toEqual(new Set(documented));
  });

  it("lets only the owner reach the owner's data; others get 401 (anonymous) or 404, never a hint", async () => {
    const owner = await env().signedIn();
    const other = await env().signedIn();
    const anonymous = env().client();
    const marker = `owner-marker-${crypto.randomUUID()}`;
    const day = "2026-04-04";
    const ownerDay = "2026-04-05";
    await owner.client.put(`/api/checkins/${day}`, { mood: 2, note: marker });
    await owner.client.put(`/api/checkins/${ownerDay}`, { mood: 1, note: marker });
    const entry = (await owner.client.post("/api/journal", { title: marker, text: marker })).body;
    const assessment = (await owner.client.post("/api/assessments", { mode: "adaptive" })).body;
    const completion = (
      await owner.client.post("/api/practices/completions", { practiceId: "trigger-map", reflection: marker })
    ).body;
    await owner.client.put("/api/practices/plan", { practiceIds: ["values-compass"] });
    const f: Fixture = {
      ownerDay,
      day,
      entryId: entry.id,
      assessmentId: assessment.id,
      itemId: assessment.item.id,
      completionId: completion.id,
      marker,
      password: owner.password,
      otherPassword: other.password,
    };
    const ownerBefore = withoutTimestamp((await owner.client.get("/api/export")).body);
    const protectedCases = cases.filter((c) => c.kind !== "public");

    for (const c of protectedCases) {
      const response = await send(anonymous, c.method, c.request(f, "anonymous"));
      expect(response.status, `${c.method} ${c.route} as anonymous`).toBe(401);
      expect(response.body.error.code).toBe("unauthenticated");
    }

    for (const c of protectedCases) {
      const response = await send(other.client, c.method, c.request(f, "other"));
      const label = `${c.method} ${c.route} as another person`;
      if (c.kind === "resource") {
        expect(response.status, label).toBe(404);
        expect(response.body.error.code).toBe("not_found");
      } else if (c.kind === "password") {
        expect(response.status, label).toBe(403);
      } else {
        expect(response.status, label).toBeLessThan(300);
      }
      expect(response.text, label).not.toContain(marker);
      expect(response.text, label).not.toContain(owner.userId);
      expect(response.text, label).not.toContain(entry.id);
      expect(response.text, label).not.toContain(assessment.id);
      expect(response.text, label).not.toContain(completion.id);
    }

    // Nothing another person did changed anything of the owner's.
    expect(withoutTimestamp((await owner.client.get("/api/export")).body)).toEqual(ownerBefore);

    for (const c of protectedCases) {
      const response = await send(owner.client, c.method, c.request(f, "owner"));
      expect(response.status, `${c.method} ${c.route} as the owner`).toBeLessThan(300);
    }
  });
});
