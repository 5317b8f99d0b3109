/**
 * bench:server — throughput and latency of the Poise server on SQLite, each as a ratio to a bare route
 * of the same server process in the same run (autocannon, 50 connections), plus the latency of a long
 * history (3 years of daily check-ins and 40 finished assessments).
 *
 *   npm run bench:server                 human-readable summary
 *   npm run bench:server -- --json       the same figures as JSON
 *   options: --duration S (10) --connections N (50) --samples N (200)
 *
 * The server runs in its own process (the real app from src/server/app.ts, the real SQLite file with
 * WAL and synchronous=FULL) with two extra routes:
 * - GET /api/bench/bare, the baseline: an empty handler behind the same middleware as every API route
 *   (security headers, body limit, cross-site check, session middleware), sent without a cookie. For a
 *   GET the body limit and the cross-site check return at once, and without a cookie the session
 *   middleware makes no database lookup: the baseline is Node's HTTP, Hono's routing, the middleware
 *   chain and the security headers;
 * - PUT /api/bench/echo/{date}, for reference: behind the same middleware, signed in, it reads the JSON body
 *   and answers it, so it costs what every signed-in JSON write costs before doing anything of its own;
 * - GET /bench/floor, in front of all middleware: the floor of Node + Hono on this machine, for reference;
 * - GET /bench/cpu, in front of all middleware: the server process's CPU time so far (every thread), and
 *   on Linux that of the thread answering requests alone (from /proc), read before and after each run to
 *   give CPU time per request, which depends much less on what else the machine is doing than requests
 *   per second do. On a quiet machine the request thread is what bounds both routes, so its time per
 *   request is the figure to lower.
 * The bare route is measured before, between and after the routes under test, and its mean is the
 * denominator. Accounts are created before the clock starts, so argon2 hashing (deliberately slow) is
 * outside every measurement. The driver's own CPU time per request is read too: the driver shares the
 * machine, so the ratio follows what a request costs the whole machine, server and driver together.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Hono } from "hono";
import { signedIn } from "../src/server/access/access";
import { loadConfig } from "../src/server/config/load-config";
import { startServer } from "../src/server/start";
import { positiveOption } from "./bench-options";

interface Histogram {
  average: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
}
interface AutocannonResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

// ---- the server under test (child process) ----

async function serveForBenchmark(dataDir: string): Promise<void> {
  const config = loadConfig({
    env: {
      PORT: "0",
      POISE_DATA_DIR: dataDir,
      POISE_LOG_LEVEL: "warn",
      POISE_LOGIN_LIMIT_ADDRESS: "1000000",
    },
  });
  const benchRoutes = new Hono()
    .get("/bench/floor", (c) => c.text("ok"))
    .get("/bench/cpu", (c) => c.json({ ...process.cpuUsage(), requestThreadMicros: requestThreadMicros() }));
  const server = await startServer(config, {
    extraApiRoutes: (api) =>
      api
        .get("/bench/bare", (c) => c.text("ok"))
        // What any signed-in JSON write costs before its own work: the session, the body read and a JSON
        // answer of the same size as a check-in's, but no validation, no encryption, no commit, no scan.
        .put("/bench/echo/:date", signedIn, async (c) => {
          const body = await c.req.json();
          return c.json({ ...body, date: c.req.param("date"), createdAt: new Date().toISOString() }, 200);
        }),
    // A plain dispatch in front of the app, not `new Hono().route("/", app)`: mounting an app that has
    // its own error handler makes Hono wrap each of its handlers and middleware in another layer, which
    // the real server does not have and which cost writes (more middleware) more than the bare route.
    wrap: (app) => ({
      fetch: (request: Request, ...rest: unknown[]) =>
        new URL(request.url).pathname.startsWith("/bench/")
          ? benchRoutes.fetch(request)
          : app.fetch(request, ...(rest as [])),
    }),
  });
  console.log(`listening on ${server.url}`);
  process.once("SIGTERM", () => server.close(1000).then(() => process.exit(0)));
}

/**
 * CPU time (user + system) of the process's main thread, the one answering requests, in microseconds,
 * from /proc (clock ticks of 10 ms: ample over a run of seconds); null where there is no /proc.
 */
function requestThreadMicros(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return null;
  }
}

// ---- the driver ----

interface Session {
  cookie: string;
}

async function call(base: string, session: Session | null, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { origin: base };
  if (session) headers.cookie = session.cookie;
  if (body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 400) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return { response, json: text ? JSON.parse(text) : undefined };
}

async function signUp(base: string, name: string): Promise<Session> {
  const { response } = await call(base, null, "POST", "/api/auth/signup", {
    email: `${name}-${Date.now()}@bench.example`,
    password: "a-benchmark-password",
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error("no session cookie");
  return { cookie };
}

async function finishAssessment(base: string, session: Session, shift: number): Promise<void> {
  let view = (await call(base, session, "POST", "/api/assessments", { mode: "adaptive" })).json;
  while (view.item) {
    const value = 1 + ((view.item.id.length + shift + view.progress.answered) % 5);
    view = (
      await call(base, session, "POST", `/api/assessments/${view.id}/answers`, {
        itemId: view.item.id,
        value,
      })
    ).json;
  }
}

const checkinBody = (i: number) => ({
  mood: (i % 7) - 3,
  energy: 1 + (i % 5),
  feelings: ["calm", "anxious"],
  company: ["partner"],
  reassurance: { count: i % 4, feltAfter: "same" },
  decisions: { alone: i % 3, afterApproval: 1 },
  comfortAlone: 1 + (i % 5),
  trigger: "no-reply",
  helped: { strategy: "pause-breathe", effect: "better" },
  note: `A short private note for day ${i}, encrypted before it reaches the database.`,
});

const day = (start: string, offset: number) =>
  new Date(Date.parse(`${start}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

interface Figure {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** Server CPU time (user + system, every thread) per request, in microseconds. */
  cpuUs: number;
  /** The request thread's share of it; null where it cannot be read. */
  requestThreadUs: number | null;
  /** The driver's CPU time per request (this process: autocannon and its sockets). */
  driverUs: number;
}

interface CpuReading {
  all: number;
  requestThread: number | null;
}

function figure(
  result: AutocannonResult,
  before: CpuReading,
  after: CpuReading,
  driver: NodeJS.CpuUsage,
): Figure {
  const perRequest = (micros: number) => Number((micros / Math.max(1, result.requests.total)).toFixed(1));
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
    cpuUs: perRequest(after.all - before.all),
    driverUs: perRequest(driver.user + driver.system),
    requestThreadUs:
      before.requestThread === null || after.requestThread === null
        ? null
        : perRequest(after.requestThread - before.requestThread),
  };
}

async function main(): Promise<void> {
  const duration = positiveOption("duration", 10);
  const connections = positiveOption("connections", 50);
  const samples = positiveOption("samples", 200);
  const json = process.argv.includes("--json");
  const say = (line: string) => {
    if (!json) console.log(line);
  };

  const loadBefore = loadavg();
  const dataDir = mkdtempSync(join(tmpdir(), "poise-bench-"));
  const child = spawn(
    process.execPath,
    ["--import", "tsx", fileURLToPath(import.meta.url), "--serve", dataDir],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  try {
    const base = await new Promise<string>((resolveUrl, reject) => {
      let out = "";
      child.stdout?.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listening on (\S+)/.exec(out);
        if (match?.[1]) resolveUrl(match[1]);
      });
      child.once("exit", (code) => reject(new Error(`the server exited (${code}): ${out}`)));
    });

    say("Preparing accounts and a 3-year history (outside the clock)…");
    const writer = await signUp(base, "writer");
    const reader = await signUp(base, "reader");
    for (let i = 0; i < 5; i += 1) await finishAssessment(base, reader, i);
    const history = await signUp(base, "history");
    const historyDays = 3 * 365;
    for (let i = 0; i < historyDays; i += 1)
      await call(base, history, "PUT", `/api/checkins/${day("2023-01-01", i)}`, checkinBody(i));
    for (let i = 0; i < 40; i += 1) await finishAssessment(base, history, i);

    const serverCpu = async (): Promise<CpuReading> => {
      const reading = (await (await fetch(`${base}/bench/cpu`)).json()) as NodeJS.CpuUsage & {
        requestThreadMicros: number | null;
      };
      return { all: reading.user + reading.system, requestThread: reading.requestThreadMicros };
    };
    // autocannon takes the path as part of the URL (a top-level `path` option would be ignored).
    const run = async (title: string, path: string, options: Record<string, unknown> = {}) => {
      say(`Running ${title}…`);
      const cpuBefore = await serverCpu();
      const driverBefore = process.cpuUsage();
      const result = await autocannon({ url: `${base}${path}`, connections, duration, ...options });
      const driver = process.cpuUsage(driverBefore);
      return figure(result, cpuBefore, await serverCpu(), driver);
    };
    const floor = await run("Node + Hono floor", "/bench/floor");
    const bare: Figure[] = [await run("bare route", "/api/bench/bare")];
    // Prebuilt requests: autocannon sends them as they are, whereas a request rebuilt on every call
    // (setupRequest) cost the driver so much that it capped writes near 5,000 per second on this machine
    // even against an empty handler. Each connection cycles through the same full check-ins (every
    // field, an encrypted note) for different days: the first write of a day creates it, the others
    // replace it.
    const writeRequests = Array.from({ length: 400 }, (_, i) => ({
      method: "PUT",
      path: `/api/checkins/${day("2000-01-01", i)}`,
      headers: { cookie: writer.cookie, origin: base, "content-type": "application/json" },
      body: JSON.stringify(checkinBody(i)),
    }));
    const putCheckins = await run("PUT /api/checkins/{date}", "/api/checkins/2000-01-01", {
      requests: writeRequests,
    });
    // The same bodies and cookie, answered by the echo route.
    const echoRequests = writeRequests.map((request) => ({
      ...request,
      path: request.path.replace("/api/checkins/", "/api/bench/echo/"),
    }));
    const echo = await run("signed-in JSON echo (reference)", "/api/bench/echo/2000-01-01", {
      requests: echoRequests,
    });
    bare.push(await run("bare route again", "/api/bench/bare"));
    const getAssessments = await run("GET /api/assessments (5 finished checks)", "/api/assessments", {
      headers: { cookie: reader.cookie },
    });
    bare.push(await run("bare route a third time", "/api/bench/bare"));
    const bareRps = bare.reduce((sum, f) => sum + f.rps, 0) / bare.length;

    // One request at a time, timed here with sub-millisecond resolution (autocannon rounds to 1 ms).
    const sequential = async (path: string) => {
      const times: number[] = [];
      let errors = 0;
      for (let i = 0; i < samples + 20; i += 1) {
        const started = performance.now();
        const response = await fetch(`${base}${path}`, { headers: { cookie: history.cookie } });
        await response.arrayBuffer();
        if (i >= 20) times.push(performance.now() - started); // the first 20 warm up
        if (response.status !== 200) errors += 1;
      }
      times.sort((x, y) => x - y);
      const at = (q: number) =>
        Number((times[Math.min(times.length - 1, Math.floor(q * times.length))] as number).toFixed(2));
      return { p50: at(0.5), p99: at(0.99), errors };
    };
    say("Measuring the long history, one request at a time…");
    const year = await sequential(
      `/api/checkins?from=${day("2023-01-01", 2 * 365)}&to=${day("2023-01-01", 3 * 365 - 1)}`,
    );
    const historyAssessments = await sequential("/api/assessments");

    const load = (values: number[]) => values.map((v) => Number(v.toFixed(2)));
    const report = {
      machine: {
        cpus: cpus().length,
        node: process.version,
        // 1-, 5- and 15-minute load averages: other work on the machine shifts every figure.
        loadBefore: load(loadBefore),
        loadAfter: load(loadavg()),
      },
      settings: { connections, durationSeconds: duration, database: "sqlite (WAL, synchronous=FULL)" },
      floor,
      bare: { rps: Math.round(bareRps), runs: bare },
      echo: { ...echo, ratioToBare: Number((echo.rps / bareRps).toFixed(3)) },
      putCheckin: { ...putCheckins, ratioToBare: Number((putCheckins.rps / bareRps).toFixed(3)) },
      getAssessments: { ...getAssessments, ratioToBare: Number((getAssessments.rps / bareRps).toFixed(3)) },
      history: {
        checkins: historyDays,
        assessments: 40,
        getCheckinsYear: { p50: year.p50, p99: year.p99, errors: year.errors },
        getAssessments: {
          p50: historyAssessments.p50,
          p99: historyAssessments.p99,
          errors: historyAssessments.errors,
        },
        samples,
      },
    };
    if (json) {
      console.log(JSON.stringify(report, null, 2));
      return;
    }
    const bareMean = (pick: (f: Figure) => number) =>
      Number((bare.reduce((sum, f) => sum + pick(f), 0) / bare.length).toFixed(1));
    const row = (name: string, f: Figure, ratio: string) =>
      `| ${name} | ${f.rps} | ${ratio} | ${f.p50} | ${f.p99} | ${f.cpuUs} | ${f.requestThreadUs ?? "–"} | ${f.driverUs} | ${f.errors} |`;
    console.log(
      `\n${connections} connections, ${duration} s each, SQLite (WAL, synchronous=FULL), ${report.machine.cpus} CPUs, Node ${process.version}`,
    );
    console.log(
      `load average (1, 5, 15 min) before ${report.machine.loadBefore.join(" ")}, after ${report.machine.loadAfter.join(" ")}\n`,
    );
    console.log(
      "| route | req/s | ratio to bare | p50 ms | p99 ms | server CPU µs/request | request thread µs/request | driver CPU µs/request | errors |",
    );
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    console.log(row("Node + Hono floor, no middleware (reference)", floor, (floor.rps / bareRps).toFixed(2)));
    console.log(
      row(
        `bare API route (mean of ${bare.length} runs: ${bare.map((f) => f.rps).join(", ")})`,
        {
          ...(bare[0] as Figure),
          rps: Math.round(bareRps),
          cpuUs: bareMean((f) => f.cpuUs),
          driverUs: bareMean((f) => f.driverUs),
          requestThreadUs: bare.every((f) => f.requestThreadUs !== null)
            ? bareMean((f) => f.requestThreadUs ?? 0)
            : null,
        },
        "1",
      ),
    );
    console.log(row("PUT /api/checkins/{date}", putCheckins, report.putCheckin.ratioToBare.toFixed(2)));
    console.log(row("GET /api/assessments", getAssessments, report.getAssessments.ratioToBare.toFixed(2)));
    console.log(
      row("signed-in JSON echo, no work of its own (reference)", echo, report.echo.ratioToBare.toFixed(2)),
    );
    console.log(
      `\nHistory of ${historyDays} check-ins and 40 assessments, ${samples} sequential requests each:`,
    );
    console.log(`- GET /api/checkins for one year: median ${year.p50} ms, p99 ${year.p99} ms`);
    console.log(
      `- GET /api/assessments: median ${historyAssessments.p50} ms, p99 ${historyAssessments.p99} ms`,
    );
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolveExit) => child.once("exit", resolveExit));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const serveIndex = process.argv.indexOf("--serve");
if (serveIndex >= 0) await serveForBenchmark(process.argv[serveIndex + 1] as string);
else await main();
