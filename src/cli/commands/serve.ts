import { Command, Option } from "commander";
import { loadConfig, packageRoot } from "../../server/config/load-config";
import { type SettingName, settings } from "../../server/config/settings";
import { startServer } from "../../server/start";
import { ensureWebBuild } from "./ensure-web-build";

/** POISE_* variables read by other commands, which the server's config must not call unknown. */
export const otherPoiseVariables: string[] = [];

/**
 * `poise serve`: the API and the web app on one port. Settings come from flags, then the environment,
 * then defaults (docs/operations.md); a bad value stops start-up with a message naming it.
 */
export function serveCommand(): Command {
  const command = new Command("serve").description(
    "Serve the API and the web app on one port (SQLite in POISE_DATA_DIR, or PostgreSQL with DATABASE_URL)",
  );
  const flagOf = new Map<SettingName, string>();
  for (const [name, spec] of Object.entries(settings) as [SettingName, (typeof settings)[SettingName]][]) {
    const option = new Option(`${spec.flag} <value>`, `${spec.description} [env ${spec.env}]`);
    flagOf.set(name, option.attributeName());
    command.addOption(option);
  }
  command.option("--no-build", "do not build the web app, even when it is missing or out of date");

  command.action(async (options: Record<string, string | boolean | undefined>) => {
    const flags: Partial<Record<SettingName, string>> = {};
    for (const [name, attribute] of flagOf) {
      const value = options[attribute];
      if (typeof value === "string") flags[name] = value;
    }
    const config = loadConfig({ flags, env: process.env, otherKnownVariables: otherPoiseVariables });
    if (options.build !== false)
      await ensureWebBuild(packageRoot(), config.webDir, (line) => console.log(line));
    const server = await startServer(config);
    console.log(`Poise is listening on ${server.url} (database: ${server.database})`);

    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`Received ${signal}; finishing requests in flight, then stopping.`);
      server.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
          process.exit(1);
        },
      );
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  });
  return command;
}
