import { expect, it } from "vitest";
import { sessionCacheMs } from "../app";
import { ApiClient } from "../testing/api-client";
import { describeEachDatabase } from "../testing/test-environment";

// On SQLite the server remembers sessions for a few seconds (session-cache.ts). Each test first uses the
// session, so that it is remembered, then ends it: the ending must count at once, on both databases.
describeEachDatabase("sessions end at once, even just after use", (env) => {
  it("signing out", async () => {
    const { client } = await env().signedIn();
    expect((await client.get("/api/me")).status).toBe(200);
    const replay = new ApiClient(env().baseUrl);
    replay.cookie = client.cookie;
    expect((await client.post("/api/auth/logout")).status).toBe(204);
    expect((await replay.get("/api/me")).status).toBe(401);
    expect((await replay.put("/api/checkins/2026-01-05", { mood: 1 })).status).toBe(401);
  });

  it("changing the password ends the person's other sessions", async () => {
    const { client, email, password } = await env().signedIn();
    const other = env().client();
    expect((await other.post("/api/auth/login", { email, password })).status).toBe(200);
    expect((await other.get("/api/me")).status).toBe(200);
    const changed = await client.post("/api/me/password", {
      currentPassword: password,
      newPassword: "a-calmer-evening-17",
    });
    expect(changed.status).toBe(204);
    expect((await other.get("/api/me")).status).toBe(401);
    expect((await client.get("/api/me")).status).toBe(200);
  });

  it("deleting the account", async () => {
    const { client, password } = await env().signedIn();
    const replay = new ApiClient(env().baseUrl);
    replay.cookie = client.cookie;
    expect((await replay.get("/api/checkins")).status).toBe(200);
    expect((await client.delete("/api/me", { password })).status).toBe(204);
    // A route that reads nothing of the account itself: only the session check can refuse it.
    expect((await replay.get("/api/checkins")).status).toBe(401);
    expect((await replay.get("/api/me")).status).toBe(401);
  });

  it("a session deleted below the API stops working at once on PostgreSQL, and within seconds on SQLite", async () => {
    const { client, userId } = await env().signedIn();
    const readFrom = performance.now();
    expect((await client.get("/api/me")).status).toBe(200);
    const readUntil = performance.now();
    const { db } = env().database();
    await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
    // Another process changing sessions in an SQLite database is against docs/operations.md; the server
    // then notices within sessionCacheMs. PostgreSQL instances share sessions, so nothing is remembered.
    const askedFrom = performance.now();
    const status = (await client.get("/api/me")).status;
    const askedUntil = performance.now();
    if (env().dialect === "postgres") expect(status).toBe(401);
    // Judged by the clock, so a machine that stalls between the two requests cannot fail it.
    else if (askedUntil - readFrom < sessionCacheMs) expect(status).toBe(200);
    else if (askedFrom - readUntil > sessionCacheMs) expect(status).toBe(401);
  });

  it("a change of language applies to the next request", async () => {
    const { client } = await env().signedIn();
    expect((await client.get("/api/me")).status).toBe(200);
    expect((await client.patch("/api/me", { locale: "fr" })).status).toBe(200);
    const started = await client.post("/api/assessments", { mode: "adaptive" });
    expect(started.status).toBe(201);
    expect(started.body.locale).toBe("fr");
  });
});
