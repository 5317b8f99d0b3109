import type { Locale } from "../locale";

/**
 * A number for a sentence: fixed decimals, a decimal comma in French, and never "0.0" for a value
 * that is not zero (one more decimal is used instead). Example: `formatNumber(1.25, 1, "fr")` is "1,3".
 */
export function formatNumber(value: number, decimals: number, locale: Locale): string {
  let digits = decimals;
  let text = Math.abs(value).toFixed(digits);
  while (value !== 0 && Number(text) === 0 && digits < decimals + 2) {
    digits++;
    text = Math.abs(value).toFixed(digits);
  }
  // A true minus sign (U+2212): it does not break from its number and screen readers say "minus".
  const signed = value < 0 && Number(text) !== 0 ? `\u2212${text}` : text;
  return locale === "fr" ? signed.replace(".", ",") : signed;
}

/** A mood average with its sign, since the mood scale is centred on 0. Example: "+0.8", "−1.2", "0.0". */
export function formatMood(value: number, locale: Locale): string {
  const text = formatNumber(value, 1, locale);
  return value > 0 && !/^[0,.]+$/.test(text) ? `+${text}` : text;
}

/** A share as a whole percentage, "64%" in English and "64 %" (non-breaking space) in French. */
export function formatPercent(share: number, locale: Locale): string {
  const whole = Math.round(share * 100);
  return locale === "fr" ? `${whole}\u00a0%` : `${whole}%`;
}

/** "point"/"points" with French's singular below 2. */
export function pointsWord(value: number, locale: Locale): string {
  if (locale === "fr") return Math.abs(value) < 2 ? "point" : "points";
  return Math.abs(value) === 1 ? "point" : "points";
}

/** "once", "twice", "3 times" / "1 fois", "3 fois". */
export function timesText(count: number, locale: Locale): string {
  if (locale === "fr") return `${count} fois`;
  if (count === 1) return "once";
  if (count === 2) return "twice";
  return `${count} times`;
}
