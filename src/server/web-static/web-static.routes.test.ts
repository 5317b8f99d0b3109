import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEnvironment, type TestEnvironment } from "../testing/test-environment";

describe("the web app on the API's port", () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment("sqlite");
  });
  afterAll(() => env?.close());

  it("says plainly when the web app is not built yet", async () => {
    const response = await env.client().get("/");
    expect(response.status).toBe(200);
    expect(response.text).toContain("has not been built yet");
    expect(response.text).toContain("n’est pas encore construite");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("serves the built files, falls back to index.html for app routes, and keeps /api for the API", async () => {
    const webDir = env.config.webDir;
    mkdirSync(join(webDir, "assets"), { recursive: true });
    writeFileSync(
      join(webDir, "index.html"),
      '<!doctype html><title>Poise</title><script type="module" src="/assets/app-1a2b.js"></script>',
    );
    writeFileSync(join(webDir, "assets", "app-1a2b.js"), "console.log('poise');");
    const client = env.client();

    const index = await client.get("/");
    expect(index.status).toBe(200);
    expect(index.text).toContain("/assets/app-1a2b.js");
    expect(index.headers.get("cache-control")).toBe("no-cache");
    expect(index.headers.get("content-security-policy")).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(index.headers.get("x-content-type-options")).toBe("nosniff");
    expect(index.headers.get("referrer-policy")).toBe("no-referrer");

    const asset = await client.get("/assets/app-1a2b.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toMatch(/javascript/);
    expect(asset.headers.get("cache-control")).toContain("immutable");

    const deepLink = await client.get("/checkins/2026-01-01");
    expect(deepLink.status).toBe(200);
    expect(deepLink.text).toContain("<title>Poise</title>");

    expect((await client.get("/assets/missing-9z.js")).status).toBe(404);
    const unknownApi = await client.get("/api/nothing-here");
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.body.error.code).toBe("not_found");
    expect((await client.get("/../../etc/passwd")).text).not.toContain("root:");
  });
});
