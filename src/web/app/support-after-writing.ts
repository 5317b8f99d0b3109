import type { Locale } from "../../core/locale";
import type { RegionCode } from "../../core/safety/resources";
import { type SafetySupport, supportFor } from "../../core/safety/support-for";
import type { SafetySignal } from "../../core/safety/types";
import { browserRegion } from "./browser-region";

/**
 * The help to show at once after a person saved a note or a journal entry in which the server's scan
 * found signs of crisis or of a controlling relationship, or null. The words are in the language the
 * person reads Poise in; the lines are those of the browser's region.
 */
export function supportAfterWriting(
  signals: readonly SafetySignal[] | undefined,
  locale: Locale,
  region: RegionCode = browserRegion(),
): SafetySupport | null {
  if (!signals?.length) return null;
  const support = supportFor(signals, locale, region);
  return support.show ? support : null;
}
