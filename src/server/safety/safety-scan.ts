import { z } from "@hono/zod-openapi";
import { detectSafetySignals } from "../../core/safety/detect-safety-signals";
import { safetySignals } from "../../core/safety/types";
import type { Logger } from "../logging/logger";

export const SafetyScanSchema = z
  .object({
    signals: z.array(z.enum(safetySignals)).openapi({
      description:
        'What the words of the saved text suggest: "crisis" (thoughts of ending one\'s life or of self-harm) ' +
        'and/or "coercion" (a controlling or abusive relationship). Empty when nothing was found. ' +
        "Clients show help resources at once when it is not empty. Nothing of this is stored or logged.",
    }),
  })
  .openapi("SafetyScan");

export type SafetyScan = z.infer<typeof SafetyScanSchema>;

/** The non-blank texts of one save, joined into the one text the detector reads. O(length). */
export function joinSavedTexts(texts: readonly (string | null | undefined)[]): string {
  return texts.filter((t): t is string => typeof t === "string" && t.trim() !== "").join("\n");
}

/**
 * Scans the text a person just saved for signs of crisis or of a controlling relationship, on the
 * server (issue 5), so every client gets the same answer. The result lives only in the response: it
 * is never stored, and only the error's name is logged if the detector fails, because the text is
 * already stored and a failed scan must not turn a saved write into an error. The server runs this in
 * a thread of its own (safety-scanner.ts).
 */
export function scanSavedText(texts: readonly (string | null | undefined)[], logger: Logger): SafetyScan {
  const text = joinSavedTexts(texts);
  if (text === "") return { signals: [] };
  try {
    return { signals: detectSafetySignals(text).signals };
  } catch (error) {
    logger.error("safety scan failed", { error: error instanceof Error ? error.name : "unknown" });
    return { signals: [] };
  }
}
