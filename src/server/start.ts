import type { Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Hono } from "hono";
import { type AppDependencies, buildApp } from "./app";
import type { Config } from "./config/load-config";
import { loadOrCreateInstanceKey } from "./crypto/instance-key";
import { createKeyRing } from "./crypto/key-ring";
import { ensureInstanceKeyFingerprint } from "./db/instance-settings.repository";
import { migrateToLatest } from "./db/migrate";
import { openDatabase } from "./db/open-database";
import type { AppEnv } from "./http/app-env";
import { createLogger, type Logger } from "./logging/logger";
import { startScanThread } from "./safety/safety-scanner";
import { readVersion } from "./version";

/** A listening server and how to stop it. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly database: "sqlite" | "postgres";
  /**
   * Stops accepting connections, lets requests in flight finish (for at most `graceMs`, 5 s by
   * default), then closes the database.
   */
  close(graceMs?: number): Promise<void>;
}

/**
 * Starts Poise: opens the database, runs the migrations (refusing a database newer than this code),
 * loads or creates the instance key and checks it belongs to the database, then listens.
 */
export async function startServer(
  config: Config,
  options: {
    logger?: Logger;
    clock?: () => Date;
    /** Wraps the app before it listens (the benchmark puts a bare route in front of it). */
    wrap?: (app: Hono<AppEnv>) => { fetch: Hono<AppEnv>["fetch"] };
    /** See AppDependencies.extraApiRoutes. */
    extraApiRoutes?: AppDependencies["extraApiRoutes"];
  } = {},
): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  // The detector's thread builds its indexes (a few hundred milliseconds) while the database opens.
  const starting = startScanThread(logger);
  const database = openDatabase(config, logger);
  try {
    await migrateToLatest(database.db, logger);
    const { key } = loadOrCreateInstanceKey(config.keyFile, logger);
    const keys = createKeyRing(key);
    await ensureInstanceKeyFingerprint(database.db, keys.fingerprint, config.keyFile);
    const safety = await starting;
    const { app } = buildApp({
      config,
      database,
      keys,
      logger,
      version: readVersion(),
      clock: options.clock,
      safety,
      extraApiRoutes: options.extraApiRoutes,
    });

    const handler = options.wrap ? options.wrap(app) : app;
    const server = await new Promise<ReturnType<typeof serve>>((resolveServer, reject) => {
      const started = serve({ fetch: handler.fetch, port: config.port, hostname: config.host }, () =>
        resolveServer(started),
      );
      started.once("error", (error: NodeJS.ErrnoException) => {
        reject(
          error.code === "EADDRINUSE"
            ? new Error(`Port ${config.port} is already in use: set PORT or --port to another one.`)
            : error,
        );
      });
    });
    const port = (server.address() as AddressInfo).port;
    const host = config.host.includes(":") ? `[${config.host}]` : config.host;
    const url = `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`;
    logger.info("listening", { url, database: database.dialect, location: database.location });

    let closing: Promise<void> | undefined;
    return {
      url,
      port,
      database: database.dialect,
      close(graceMs = 5000) {
        closing ??= new Promise<void>((resolveClose) => {
          const http = server as HttpServer;
          const force = setTimeout(() => http.closeAllConnections?.(), graceMs);
          force.unref();
          http.close(() => {
            clearTimeout(force);
            resolveClose();
          });
          http.closeIdleConnections?.();
        }).then(() => Promise.all([database.close(), safety.close()]).then(() => undefined));
        return closing;
      },
    };
  } catch (error) {
    await database.close();
    await (await starting).close();
    throw error;
  }
}
