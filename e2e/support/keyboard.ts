import type { Page } from "playwright-core";

/** The accessible-ish name of the focused element: aria-label, its label, or its text. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "";
    const input = el as HTMLInputElement;
    return (el.getAttribute("aria-label") ?? input.labels?.[0]?.textContent ?? el.textContent ?? "")
      .replace(/\s+/g, " ")
      .trim();
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element's name matches, as a keyboard user would, and
 * fails when it is not reachable within `limit` presses.
 */
export async function tabTo(page: Page, name: RegExp, options: { backwards?: boolean; limit?: number } = {}) {
  const key = options.backwards ? "Shift+Tab" : "Tab";
  const seen: string[] = [];
  for (let i = 0; i < (options.limit ?? 80); i++) {
    await page.keyboard.press(key);
    const current = await focusedName(page);
    if (name.test(current)) return;
    seen.push(current);
  }
  throw new Error(
    `Could not reach ${name} with ${key}; focus passed through: ${seen.slice(-20).join(" | ")}`,
  );
}

/** Whether focus is currently on an element whose name matches. */
export async function focusIsOn(page: Page, name: RegExp): Promise<boolean> {
  return name.test(await focusedName(page));
}
