import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, newCredentials } from "../testing/api-client";
import {
  createTestEnvironment,
  describeEachDatabase,
  type TestEnvironment,
} from "../testing/test-environment";

describeEachDatabase("accounts and sessions", (env) => {
  it("signs up with a normalised email and sets an HttpOnly, SameSite=Lax session cookie", async () => {
    const client = env().client();
    const { email, password } = newCredentials();
    const response = await client.post("/api/auth/signup", {
      email: `  ${email.toUpperCase()} `,
      password,
      locale: "fr",
    });
    expect(response.status).toBe(201);
    expect(response.body.user).toMatchObject({ email, locale: "fr" });
    expect(response.body.user.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect((await client.get("/api/me")).body.user.email).toBe(email);
  });

  it("refuses a second account with the same email, naming the field", async () => {
    const { email, password } = newCredentials();
    expect((await env().client().post("/api/auth/signup", { email, password })).status).toBe(201);
    const again = await env().client().post("/api/auth/signup", { email: email.toUpperCase(), password });
    expect(again.status).toBe(409);
    expect(again.body.error.fields).toHaveProperty("email");
  });

  it.each([
    ["too short", "short-pw"],
    ["a common password", "Password123"],
    ["a padded common word", "qwerty!2024!"],
    ["a keyboard sequence", "0123456789"],
  ])("refuses a weak password (%s) naming the field", async (_what, password) => {
    const response = await env()
      .client()
      .post("/api/auth/signup", { email: newCredentials().email, password });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toHaveProperty("password");
  });

  it("signs in with a new session each time and ends the previous one (rotation)", async () => {
    const { client, email, password } = await env().signedIn();
    const before = client.cookie;
    const wrong = await client.post("/api/auth/login", { email, password: "not-the-password" });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe("invalid_credentials");
    const signIn = await client.post("/api/auth/login", { email, password });
    expect(signIn.status).toBe(200);
    expect(client.cookie).toBeDefined();
    expect(client.cookie).not.toBe(before);
    const stale = new ApiClient(env().baseUrl);
    stale.cookie = before;
    expect((await stale.get("/api/me")).status).toBe(401);
    expect((await client.get("/api/me")).status).toBe(200);
  });

  it("answers an unknown email exactly like a wrong password", async () => {
    const response = await env().client().post("/api/auth/login", newCredentials());
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe("invalid_credentials");
  });

  it("signs out: the cookie stops working", async () => {
    const { client } = await env().signedIn();
    const cookie = client.cookie;
    expect((await client.post("/api/auth/logout")).status).toBe(204);
    const replay = new ApiClient(env().baseUrl);
    replay.cookie = cookie;
    expect((await replay.get("/api/me")).status).toBe(401);
  });

  it("changes the language", async () => {
    const { client } = await env().signedIn();
    const response = await client.patch("/api/me", { locale: "fr" });
    expect(response.status).toBe(200);
    expect(response.body.user.locale).toBe("fr");
    expect((await client.patch("/api/me", { locale: "de" })).body.error.fields).toHaveProperty("locale");
  });

  it("changes the password, ending every other session", async () => {
    const { client, email, password } = await env().signedIn();
    const other = env().client();
    expect((await other.post("/api/auth/login", { email, password })).status).toBe(200);
    const wrong = await client.post("/api/me/password", {
      currentPassword: "nope-nope-nope",
      newPassword: "a-new-quiet-day-42",
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.fields).toHaveProperty("currentPassword");
    const weak = await client.post("/api/me/password", {
      currentPassword: password,
      newPassword: "password1234",
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.fields).toHaveProperty("newPassword");
    const changed = await client.post("/api/me/password", {
      currentPassword: password,
      newPassword: "a-new-quiet-day-42",
    });
    expect(changed.status).toBe(204);
    expect((await client.get("/api/me")).status).toBe(200);
    expect((await other.get("/api/me")).status).toBe(401);
    expect((await env().client().post("/api/auth/login", { email, password })).status).toBe(401);
    expect(
      (await env().client().post("/api/auth/login", { email, password: "a-new-quiet-day-42" })).status,
    ).toBe(200);
  });

  it("deletes the account only with the right password, then nobody can sign in", async () => {
    const { client, email, password } = await env().signedIn();
    const wrong = await client.delete("/api/me", { password: "not-my-password" });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.fields).toHaveProperty("password");
    expect((await client.delete("/api/me", { password })).status).toBe(204);
    expect((await client.get("/api/me")).status).toBe(401);
    expect((await env().client().post("/api/auth/login", { email, password })).status).toBe(401);
  });

  it("refuses state-changing requests from another site", async () => {
    const { client } = await env().signedIn();
    const fromElsewhere = await client.patch(
      "/api/me",
      { locale: "fr" },
      { headers: { origin: "https://evil.example" } },
    );
    expect(fromElsewhere.status).toBe(403);
    expect(fromElsewhere.body.error.code).toBe("cross_site_request");
    const crossSite = await client.patch(
      "/api/me",
      { locale: "fr" },
      { sameOrigin: false, headers: { "sec-fetch-site": "cross-site" } },
    );
    expect(crossSite.status).toBe(403);
    const nullOrigin = await client.post("/api/auth/logout", undefined, { headers: { origin: "null" } });
    expect(nullOrigin.status).toBe(403);
    // A non-browser client (no Origin, no Sec-Fetch-Site) carries no victim's cookie: allowed.
    expect((await client.patch("/api/me", { locale: "en" }, { sameOrigin: false })).status).toBe(200);
    expect((await client.get("/api/me")).body.user.locale).toBe("en");
  });
});

describe("sign-in rate limits", () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment("sqlite", {
      env: { POISE_LOGIN_LIMIT_ACCOUNT: "3", POISE_LOGIN_LIMIT_ADDRESS: "6", POISE_TRUST_PROXY: "true" },
    });
  });
  afterAll(() => env?.close());

  const fromAddress = (address: string) => ({ headers: { "x-forwarded-for": address } });

  it("limits attempts per account with 429 and Retry-After, even for the right password, across restarts", async () => {
    const { email, password } = await (async () => {
      const credentials = newCredentials();
      await env.client().post("/api/auth/signup", credentials, fromAddress("10.0.0.1"));
      return credentials;
    })();
    for (let i = 0; i < 3; i += 1) {
      const r = await env
        .client()
        .post("/api/auth/login", { email, password: "wrong-password!" }, fromAddress(`10.1.0.${i}`));
      expect(r.status).toBe(401);
    }
    const limited = await env.client().post("/api/auth/login", { email, password }, fromAddress("10.1.1.1"));
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe("too_many_attempts");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    await env.restart();
    const afterRestart = await env
      .client()
      .post("/api/auth/login", { email, password }, fromAddress("10.1.1.2"));
    expect(afterRestart.status).toBe(429);
  });

  it("limits attempts per address, whatever the account", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const r = await env.client().post("/api/auth/login", newCredentials(), fromAddress("10.2.0.1"));
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(statuses[6]).toBe(429);
    const elsewhere = await env.client().post("/api/auth/login", newCredentials(), fromAddress("10.2.0.2"));
    expect(elsewhere.status).toBe(401);
  });

  it("marks the cookie Secure when the trusted proxy says the page came over HTTPS", async () => {
    const response = await env.client().post("/api/auth/signup", newCredentials(), {
      headers: { "x-forwarded-proto": "https", "x-forwarded-for": "10.3.0.1" },
      sameOrigin: false,
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("set-cookie")).toMatch(/Secure/);
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age/);
  });
});

describe("session expiry", () => {
  let env: TestEnvironment;
  let now = Date.parse("2026-03-01T12:00:00Z");
  beforeAll(async () => {
    env = await createTestEnvironment("sqlite", {
      env: { POISE_SESSION_DAYS: "30" },
      clock: () => new Date(now),
    });
  });
  afterAll(() => env?.close());

  it("expires an unused session and renews one in use", async () => {
    const { client } = await env.signedIn();
    const day = 24 * 60 * 60 * 1000;
    now += 20 * day;
    const renewed = await client.get("/api/me");
    expect(renewed.status).toBe(200);
    expect(renewed.headers.get("set-cookie")).toMatch(/poise_session=/);
    now += 20 * day;
    expect((await client.get("/api/me")).status).toBe(200);
    now += 31 * day;
    expect((await client.get("/api/me")).status).toBe(401);
  });
});
