import type { Locale } from "../../core/locale";
import { detectSafetySignals } from "../../core/safety/detect-safety-signals";
import type { RegionCode } from "../../core/safety/resources";
import { type SafetySupport, supportFor } from "../../core/safety/support-for";
import { browserRegion } from "./browser-region";

/**
 * The help to show at once after a person saved a note or a journal entry whose words suggest crisis
 * or a controlling relationship, or null. Runs the core's detector in the page itself (the text never
 * goes anywhere for this), lets it recognise the language of the text, and answers in the language the
 * person reads Poise in.
 */
export function supportAfterWriting(
  text: string,
  locale: Locale,
  region: RegionCode = browserRegion(),
): SafetySupport | null {
  if (!text.trim()) return null;
  const { signals } = detectSafetySignals(text);
  const support = supportFor(signals, locale, region);
  return support.show ? support : null;
}
