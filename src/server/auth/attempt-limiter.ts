import { createHash } from "node:crypto";
import { ApiError } from "../http/api-error";
import type { RateLimitsRepository } from "./rate-limits.repository";

/** One counter to charge: its key (hashed before storage) and the most attempts a window allows. */
export interface AttemptKey {
  key: string;
  limit: number;
}

/**
 * Charges attempts against counters (per account, per address) and refuses with 429 and Retry-After
 * once any counter is over its limit. Keys are hashed so the table holds no emails or addresses.
 */
export function createAttemptLimiter(deps: {
  rateLimits: RateLimitsRepository;
  windowMinutes: number;
  clock: () => Date;
}) {
  const windowMs = deps.windowMinutes * 60_000;
  const stored = (key: string) => createHash("sha256").update(key).digest("hex");
  return {
    /** Counts one attempt on every key; throws 429 if any is now over its limit. */
    async charge(keys: AttemptKey[]): Promise<void> {
      const now = deps.clock();
      const cutoff = new Date(now.getTime() - windowMs).toISOString();
      let retryAfterSeconds = 0;
      for (const { key, limit } of keys) {
        const { count, windowStart } = await deps.rateLimits.hit(stored(key), now.toISOString(), cutoff);
        if (count > limit) {
          const wait = Math.ceil((Date.parse(windowStart) + windowMs - now.getTime()) / 1000);
          retryAfterSeconds = Math.max(retryAfterSeconds, wait, 1);
        }
      }
      if (retryAfterSeconds > 0) {
        throw new ApiError(
          429,
          "too_many_attempts",
          "Too many attempts. Please wait a little and try again.",
          {
            headers: { "Retry-After": String(retryAfterSeconds) },
          },
        );
      }
    },

    async reset(key: string): Promise<void> {
      await deps.rateLimits.reset(stored(key));
    },

    async purgeEnded(): Promise<void> {
      await deps.rateLimits.deleteEnded(new Date(deps.clock().getTime() - windowMs).toISOString());
    },
  };
}

export type AttemptLimiter = ReturnType<typeof createAttemptLimiter>;
