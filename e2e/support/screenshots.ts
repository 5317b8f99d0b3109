import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { repositoryRoot } from "./poise-server";

export const screenshotDir = join(repositoryRoot, "docs", "screenshots");
export const phone = { width: 360, height: 780 };
export const desktop = { width: 1280, height: 900 };

/**
 * Saves the current page at phone width (360 px) and desktop width as docs/screenshots/<name>-360.png
 * and <name>-desktop.png, then returns to the phone width the journey runs at.
 */
export async function screenshotBothWidths(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  for (const [label, size] of [
    ["360", phone],
    ["desktop", desktop],
  ] as const) {
    await page.setViewportSize(size);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await page.screenshot({
      path: join(screenshotDir, `${name}-${label}.png`),
      fullPage: true,
      animations: "disabled",
    });
  }
  await page.setViewportSize(phone);
}
