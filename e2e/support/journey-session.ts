import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium, type PageWatch, watchPage } from "./browser";
import { type PoiseServer, startPoiseServer } from "./poise-server";
import { phone } from "./screenshots";
import { ensureFreshWebBuild } from "./web-build";

/** What a journey drives: a real server on a temporary database and one Chromium page on a phone. */
export interface JourneySession {
  server: PoiseServer;
  page: Page;
  watch: PageWatch;
  close(): Promise<void>;
}

/**
 * Builds the web app if it is stale, starts a Poise server, and opens a 360 px page in British English
 * watched for requests leaving the origin, CSP violations and script errors.
 */
export async function openJourney(options: { acceptDownloads?: boolean } = {}): Promise<JourneySession> {
  await ensureFreshWebBuild();
  const server = await startPoiseServer();
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close();
    await browser?.close();
    await server.stop();
  };
  try {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: phone, locale: "en-GB", ...options });
    const page = await context.newPage();
    return { server, page, watch: watchPage(page, server.url), close };
  } catch (error) {
    await close();
    throw error;
  }
}
