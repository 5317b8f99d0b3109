import { type Browser, type ConsoleMessage, chromium, type Page } from "playwright-core";

/** Debian's Chromium; CI installs it with apt when missing (.ci/run). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Launches headless Chromium with no network habits of its own (no sync, no updates, no QUIC). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** What a page did that a journey must not tolerate: leaving the origin, CSP violations, script errors. */
export interface PageWatch {
  foreignRequests: string[];
  problems: string[];
}

/**
 * Records every request that leaves `origin`, every Content-Security-Policy violation and every
 * uncaught script error on the page, so the journey can assert there were none.
 */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { foreignRequests: [], problems: [] };
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) {
      watch.foreignRequests.push(url);
    }
  });
  page.on("console", (message: ConsoleMessage) => {
    const text = message.text();
    if (/Content Security Policy|Refused to/i.test(text)) watch.problems.push(`CSP: ${text}`);
    else if (message.type() === "error" && !/status of 40[0-9]/.test(text))
      watch.problems.push(`console: ${text}`);
  });
  page.on("pageerror", (error) => watch.problems.push(`page error: ${error.message}`));
  return watch;
}
