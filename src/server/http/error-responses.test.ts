import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyLimitBytes } from "../app";
import { loadConfig } from "../config/load-config";
import { createMemoryLogger } from "../logging/logger";
import { type RunningServer, startServer } from "../start";
import { ApiClient } from "../testing/api-client";
import { ApiError } from "./api-error";

// One error shape for every failure, over real HTTP: protocol errors, validation, and bugs.
describe("error responses", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "poise-errors-"));
  const logger = createMemoryLogger();
  let server: RunningServer;
  let client: ApiClient;

  beforeAll(async () => {
    server = await startServer(loadConfig({ env: { PORT: "0", POISE_DATA_DIR: dataDir } }), {
      logger,
      // Two routes that fail on purpose: a bug, and a known error with extra headers.
      extraApiRoutes: (api) => {
        api.get("/test/bug", () => {
          throw new Error("secret detail: SELECT * FROM users at /srv/poise/src/x.ts:12");
        });
        api.get("/test/teapot", () => {
          throw new ApiError(429, "too_many_attempts", "Wait.", { headers: { "Retry-After": "7" } });
        });
      },
    });
    client = new ApiClient(server.url);
    const signup = await client.post("/api/auth/signup", {
      email: "errors@example.org",
      password: "errors-are-plain-text",
    });
    expect(signup.status).toBe(201);
  });
  afterAll(async () => {
    await server?.close(200);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const expectShape = (body: { error?: { code?: unknown; message?: unknown } }) => {
    expect(typeof body.error?.code).toBe("string");
    expect(typeof body.error?.message).toBe("string");
  };

  it("answers a bug with a logged 500 that reveals nothing", async () => {
    const response = await client.get("/api/test/bug");
    expect(response.status).toBe(500);
    expect(response.body.error.code).toBe("internal_error");
    expect(response.text).not.toMatch(/secret|SELECT|\/srv|\.ts/);
    expect(logger.lines.join("\n")).toContain("secret detail");
  });

  it("keeps the status, code and headers of a known error", async () => {
    const response = await client.get("/api/test/teapot");
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
    expect(response.body).toEqual({ error: { code: "too_many_attempts", message: "Wait." } });
  });

  it("refuses malformed JSON with 400", async () => {
    const response = await client.request("PUT", "/api/checkins/2026-01-01", {
      raw: '{"mood": 1,',
      headers: { "content-type": "application/json" },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("malformed_request");
  });

  it.each(["text/plain", "application/x-www-form-urlencoded", "application/xml"])(
    "refuses a %s body with 415",
    async (type) => {
      const response = await client.request("PUT", "/api/checkins/2026-01-01", {
        raw: "mood=1",
        headers: { "content-type": type },
      });
      expect(response.status).toBe(415);
      expectShape(response.body);
    },
  );

  it("refuses a body over the limit with 413, declared or streamed", async () => {
    const big = JSON.stringify({ text: "x".repeat(bodyLimitBytes) });
    const declared = await client.request("POST", "/api/journal", {
      raw: big,
      headers: { "content-type": "application/json" },
    });
    expect(declared.status).toBe(413);
    expect(declared.body.error.code).toBe("body_too_large");
    const streamed = await fetch(`${server.url}/api/journal`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: client.cookie ?? "", origin: server.url },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(big));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it("answers an unknown API route with 404 in the error shape", async () => {
    for (const [method, path] of [
      ["GET", "/api/nothing"],
      ["POST", "/api/nothing"],
      ["PATCH", "/api/checkins/2026-01-01"],
    ] as const) {
      const response = await client.request(method, path, method === "GET" ? {} : { json: {} });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.body.error.code).toBe("not_found");
    }
  });

  it("names a bad path parameter", async () => {
    const response = await client.get("/api/checkins/2026-02-31");
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual({ date: "must be a calendar day written YYYY-MM-DD" });
  });
});
