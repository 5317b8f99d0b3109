import type { AttemptLimiter } from "./auth/attempt-limiter";
import type { Config } from "./config/load-config";
import type { KeyRing } from "./crypto/key-ring";
import type { DatabaseHandle } from "./db/open-database";
import type { RequestFacts } from "./http/request-facts";
import type { Logger } from "./logging/logger";
import type { SafetyScanner } from "./safety/safety-scanner";
import type { SessionService } from "./sessions/session.service";

/**
 * Everything a feature needs, built once in app.ts and passed down (no module-level singletons).
 * Features build their own repositories and services from `database.db`.
 */
export interface ServerContext {
  readonly config: Config;
  readonly database: DatabaseHandle;
  readonly keys: KeyRing;
  readonly logger: Logger;
  /** The current time; tests may pass a fixed clock. */
  readonly clock: () => Date;
  /** The package version, for /api/health. */
  readonly version: string;
  readonly facts: RequestFacts;
  readonly sessions: SessionService;
  readonly limiter: AttemptLimiter;
  /** Reads saved notes and journal text for safety signals (issue 5). */
  readonly safety: SafetyScanner;
}
