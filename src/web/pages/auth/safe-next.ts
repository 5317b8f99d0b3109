/** Accepts a "next" location only when it is a path on this site, so a link cannot send people elsewhere. */
export function safeNext(next: string | null, fallback = "/today"): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
}
