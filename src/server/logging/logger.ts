/** A small structured logger, injected (never a module singleton). */
export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export const logLevels = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof logLevels)[number];

const rank: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 };

function serialise(details: Record<string, unknown> | undefined): string {
  if (!details) return "";
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    plain[key] = value instanceof Error ? { message: value.message, stack: value.stack } : value;
  }
  return ` ${JSON.stringify(plain)}`;
}

/** Writes one line per event to stderr, at or above `level`. */
export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (l) => process.stderr.write(l),
): Logger {
  const emit = (at: LogLevel, message: string, details?: Record<string, unknown>) => {
    if (rank[at] < rank[level]) return;
    write(`${new Date().toISOString()} ${at} ${message}${serialise(details)}\n`);
  };
  return {
    info: (m, d) => emit("info", m, d),
    warn: (m, d) => emit("warn", m, d),
    error: (m, d) => emit("error", m, d),
  };
}

/** A logger that keeps its lines in memory, for tests that check what was logged. */
export function createMemoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return Object.assign(
    createLogger("debug", (line) => lines.push(line)),
    { lines },
  );
}
