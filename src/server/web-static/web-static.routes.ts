import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono, type MiddlewareHandler } from "hono";
import type { AppEnv } from "../http/app-env";
import { notBuiltPage } from "./not-built-page";

const hasExtension = (path: string) => /\.[A-Za-z0-9]+$/.test(path.split("/").at(-1) ?? "");

/**
 * The built web app (Vite's dist/web) on the API's port: files as they are, hashed assets cached for
 * a year, and every other non-API path answered with index.html so the app's router takes over. Until
 * the app is built, a small page says so.
 */
export function webStaticRoutes(webDir: string) {
  const indexPath = join(webDir, "index.html");
  let files: MiddlewareHandler | undefined;
  let index: MiddlewareHandler | undefined;
  const nothing = async () => {};
  return new Hono<AppEnv>().get("*", async (c) => {
    if (!existsSync(indexPath)) return c.html(notBuiltPage);
    files ??= serveStatic({ root: webDir });
    index ??= serveStatic({ root: webDir, path: "index.html" });
    // Vite names files under assets/ by their content hash, so they never change.
    const immutable = c.req.path.startsWith("/assets/");
    c.header("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
    const served = await files(c, nothing);
    if (served instanceof Response) return served;
    if (hasExtension(c.req.path)) return c.text("Not found", 404);
    c.header("Cache-Control", "no-cache");
    const page = await index(c, nothing);
    return page instanceof Response ? page : c.text("Not found", 404);
  });
}
