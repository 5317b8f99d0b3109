import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { readSessionCookie } from "./session-cookie";

async function read(cookie: string | undefined) {
  const app = new Hono().get("/", (c) => c.json({ token: readSessionCookie(c) ?? null }));
  const response = await app.request("/", { headers: cookie === undefined ? {} : { cookie } });
  return ((await response.json()) as { token: string | null }).token;
}

describe("readSessionCookie", () => {
  const token = "Zm9vYmFy_-09AZaz";

  it("finds the session token among other cookies, wherever it stands", async () => {
    expect(await read(`poise_session=${token}`)).toBe(token);
    expect(await read(`theme=dark; poise_session=${token}; lang=fr`)).toBe(token);
    expect(await read(`theme=dark;poise_session=${token}`)).toBe(token);
    expect(await read(`poise_session="${token}"`)).toBe(token);
    expect(await read(`poise_session=${token}; poise_session=another`)).toBe(token);
  });

  it("answers nothing without a cookie of that exact name or with a value no token can have", async () => {
    expect(await read(undefined)).toBeNull();
    expect(await read("theme=dark")).toBeNull();
    expect(await read(`my_poise_session=${token}`)).toBeNull();
    expect(await read(`xpoise_session=${token}; theme=dark`)).toBeNull();
    expect(await read("poise_session=")).toBeNull();
    expect(await read("poise_session=a%20b")).toBeNull();
    expect(await read(`poise_session=${"a".repeat(101)}`)).toBeNull();
  });
});
