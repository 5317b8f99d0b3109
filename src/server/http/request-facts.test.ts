import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { createRequestFacts } from "./request-facts";

// What the facts say about a request, from inside a real Hono handler (in-process requests).
async function factsOf(trustProxy: boolean, url: string, headers: Record<string, string> = {}) {
  const facts = createRequestFacts(trustProxy);
  const app = new Hono().get("*", (c) => c.json({ https: facts.isHttps(c), origin: facts.ownOrigin(c) }));
  return (await app.request(url, { headers })).json();
}

describe("request facts", () => {
  it("take the scheme from the URL and the origin from the Host header", async () => {
    expect(await factsOf(false, "http://localhost:3000/api/me")).toEqual({
      https: false,
      origin: "http://localhost:3000",
    });
    expect(await factsOf(false, "https://poise.example/api/me", { host: "poise.example" })).toEqual({
      https: true,
      origin: "https://poise.example",
    });
    expect(await factsOf(false, "http://127.0.0.1:8080/x", { host: "poise.example:8080" })).toEqual({
      https: false,
      origin: "http://poise.example:8080",
    });
  });

  it("believe forwarded headers only from a trusted proxy", async () => {
    const forwarded = {
      host: "10.0.0.5:3000",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "poise.example",
    };
    expect(await factsOf(true, "http://10.0.0.5:3000/api/me", forwarded)).toEqual({
      https: true,
      origin: "https://poise.example",
    });
    expect(await factsOf(false, "http://10.0.0.5:3000/api/me", forwarded)).toEqual({
      https: false,
      origin: "http://10.0.0.5:3000",
    });
  });
});
