import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inventory } from "../src/core/inventory/index";
import { describeViolations, seriousViolations } from "./support/axe";
import type { PageWatch } from "./support/browser";
import { type JourneySession, openJourney } from "./support/journey-session";
import { focusIsOn, tabTo } from "./support/keyboard";
import type { PoiseServer } from "./support/poise-server";

// The full check (every statement of the inventory, for research and calibration) in the browser, by
// keyboard alone: choose "Full", answer all 72 statements with number keys and Enter, see the results.

let server: PoiseServer;
let session: JourneySession;
let page: Page;
let watch: PageWatch;
const bankSize = inventory.items.length;

async function checkAccessibility(label: string) {
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(label, violations)).toEqual([]);
}

beforeAll(async () => {
  session = await openJourney();
  ({ server, page, watch } = session);
});

afterAll(async () => {
  await session?.close();
});

describe("the full check", () => {
  it("is chosen and completed with the keyboard alone, every statement, and shows the results", async () => {
    await page.goto(`${server.url}/sign-up`);
    await page.getByLabel("Email").fill(`full-${Date.now()}@example.org`);
    await page.getByLabel("Password", { exact: true }).fill("a long walk by the sea");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL((url) => url.pathname === "/check", { timeout: 15_000 });
    await page.locator("h1", { hasText: "The check" }).waitFor();

    // Tab into the choice of version (adaptive is chosen), arrow down to "Full", Tab on to Begin.
    await tabTo(page, /^Adaptive \(recommended\)/);
    await page.keyboard.press("ArrowDown");
    expect(await focusIsOn(page, /^Full/)).toBe(true);
    expect(await page.getByRole("radio", { name: /^Full/ }).isChecked()).toBe(true);
    await tabTo(page, /^Begin$/);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => /^\/check\/[^/]+$/.test(url.pathname), { timeout: 15_000 });

    // A full check knows its length and says so.
    const progress = page.locator(".check-progress label");
    await page.locator(".statement-number", { hasText: "Statement 1" }).waitFor();
    expect(await progress.textContent()).toBe(`0 of ${bankSize} answered`);
    await checkAccessibility("full check, first statement");

    const seen = new Set<string>();
    for (let n = 1; n <= bankSize; n++) {
      await page.locator(".statement-number", { hasText: new RegExp(`^Statement ${n}$`) }).waitFor();
      await page.waitForFunction(() => document.activeElement?.getAttribute("type") === "radio");
      seen.add((await page.locator(".likert legend").textContent()) ?? "");
      await page.keyboard.press(String(((n * 7) % 5) + 1));
      await page.keyboard.press("Enter");
      if (n === 36) {
        await page.locator(".statement-number", { hasText: "Statement 37" }).waitFor();
        expect(await progress.textContent()).toBe(`36 of ${bankSize} answered`);
      }
    }
    await page.waitForURL((url) => /^\/results\/[^/]+$/.test(url.pathname), { timeout: 15_000 });
    await page.locator("h1", { hasText: "Your results" }).waitFor();
    await page.locator("svg.balance-map").waitFor();
    // Every statement of the inventory was asked, each once.
    expect(seen.size).toBe(bankSize);
    expect([...seen].every((text) => inventory.items.some((item) => item.text.en === text))).toBe(true);
    await checkAccessibility("results of a full check");

    // The server recorded a full check, with every answer counted in the scores.
    const list = await page.evaluate(async () => (await fetch("/api/assessments?locale=en")).json());
    const check = list.assessments.at(-1);
    expect(check.mode).toBe("full");
    expect(check.scores.reduce((sum: number, s: { answered: number }) => sum + s.answered, 0)).toBe(bankSize);
  });

  it("never left the server's origin and met no script or policy errors", () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
});
