import { execFile } from "node:child_process";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeViolations, seriousViolations } from "./support/axe";
import type { PageWatch } from "./support/browser";
import { type JourneySession, openJourney } from "./support/journey-session";
import { type PoiseServer, repositoryRoot } from "./support/poise-server";
import { screenshotBothWidths } from "./support/screenshots";

// The demo account in the browser: `poise demo` fills the server's database, then a person signs in
// with the printed credentials and reads the Insights and Practices pages, marks a practice done and
// swaps another. Every state visited is checked with axe; both pages are saved as screenshots.

let server: PoiseServer;
let session: JourneySession;
let page: Page;
let watch: PageWatch;
let credentials: { email: string; password: string };

/** Runs `poise demo` on the server's own data directory and reads the printed credentials. */
function runDemo(dataDir: string): Promise<{ email: string; password: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["bin/poise.js", "demo", "--locale", "en"],
      { cwd: repositoryRoot, env: { ...process.env, POISE_DATA_DIR: dataDir, DATABASE_URL: "" } },
      (error, stdout, stderr) => {
        const email = /^email: (.+)$/m.exec(stdout)?.[1];
        const password = /^password: (.+)$/m.exec(stdout)?.[1];
        if (error || !email || !password) reject(new Error(`poise demo failed: ${stderr}\n${stdout}`));
        else resolve({ email, password });
      },
    );
  });
}

async function checkAccessibility(label: string) {
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(label, violations)).toEqual([]);
}

beforeAll(async () => {
  session = await openJourney();
  ({ server, page, watch } = session);
  credentials = await runDemo(server.dataDir);
});

afterAll(async () => {
  await session?.close();
});

describe("the demo account's insights and practices", () => {
  it("signs in with the credentials `poise demo` printed", async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel("Email").fill(credentials.email);
    await page.getByLabel("Password", { exact: true }).fill(credentials.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/today", { timeout: 15_000 });
  });

  it("shows the week, what stands out with its days and range, and the trends", async () => {
    await page.goto(`${server.url}/insights`);
    await page.locator("h1", { hasText: "Insights" }).waitFor();
    await page.locator(".insights-top[data-days='90']").waitFor();
    await page.locator(".trend-chart svg").first().waitFor();
    const main = await page.locator("main").innerText();
    expect(main).toMatch(/Your week at a glance/);
    expect(main).toMatch(/waiting for a reply/);
    expect(main).toMatch(/Based on \d+ days · likely range/);
    expect(await page.locator(".trend-chart svg[role='img']").count()).toBe(5);
    await checkAccessibility("insights");
    await screenshotBothWidths(page, "insights");

    // Every chart can be read as a table.
    await page.getByRole("button", { name: "Show the data as a table" }).first().click();
    await page.locator(".trend-card table").first().waitFor();
    expect(await page.locator(".trend-card table tbody tr").first().locator("td").count()).toBe(3);
    await checkAccessibility("insights with a table");

    // One month is too little for most comparisons, and the page says so instead of staying silent.
    await page.locator(".window-choice .choice", { hasText: "30 days" }).click();
    await page.waitForURL((url) => url.searchParams.get("days") === "30");
    await page.locator(".insights-top[data-days='30']").waitFor();
    const month = await page.locator("main").innerText();
    expect(month).toMatch(/Not enough days yet|Nothing stands out clearly|Based on \d+ days/);
    await checkAccessibility("insights over 30 days");
  });

  it("shows this week's three practices, marks one done with a reflection and swaps another", async () => {
    await page.goto(`${server.url}/practices`);
    await page.locator("h1", { hasText: "Practices" }).waitFor();
    await page.locator(".practice-card").nth(2).waitFor();
    expect(await page.locator(".practice-card").count()).toBe(3);
    expect(await page.locator("main").innerText()).toMatch(/Chosen from your latest check/);
    await page.locator(".progress-summary").waitFor();
    expect(await page.locator(".progress-summary").innerText()).toMatch(/You have practised \d+ times/);
    // Counts only: no streak to keep, nothing "missed".
    expect(await page.locator(".practice-progress").innerText()).not.toMatch(/in a row|missed/i);
    await checkAccessibility("practices");
    await screenshotBothWidths(page, "practices");

    const first = page.locator(".practice-card").first();
    const doneBefore = await first.locator(".completion-list li").count();
    await first.getByRole("button", { name: "Mark as done" }).click();
    await first.getByLabel("Your reflection").fill("Slower than I thought, and calmer.");
    await checkAccessibility("marking a practice done");
    await first.getByRole("button", { name: "Save" }).click();
    await page.getByText("Marked as done.").waitFor();
    await first.locator(".completion-list li").nth(doneBefore).waitFor();
    expect(await first.innerText()).toMatch(/Slower than I thought, and calmer\./);

    // The reflection can be changed later, in place; it reads back after a reload.
    await first
      .getByRole("button", { name: /^Edit reflection · / })
      .last()
      .click();
    const reflection = first.getByLabel(/^Your reflection, /);
    await reflection.fill("Slower than I thought, and calmer. The second time was easier.");
    await checkAccessibility("editing a reflection");
    await first.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Reflection saved.").waitFor();
    await page.reload();
    await page.locator(".completion-reflection", { hasText: "The second time was easier." }).waitFor();

    const second = page.locator(".practice-card").nth(1);
    const oldTitle = (await second.locator("h3").innerText()).trim();
    await second.getByRole("button", { name: "Swap for another" }).click();
    const option = second.locator(".choice").first();
    const newTitle = (await option.innerText()).trim();
    await option.click();
    await checkAccessibility("swapping a practice");
    await second.getByRole("button", { name: "Use this one" }).click();
    await page.getByText("Swapped. This week's plan is updated.").waitFor();
    await page.locator(".practice-card h3", { hasText: newTitle }).waitFor();
    expect(await page.locator(".practice-card h3", { hasText: oldTitle }).count()).toBe(0);
    expect(await page.locator(".practice-card").nth(1).locator(".practice-reason").innerText()).toBe(
      "Your choice",
    );

    await page.locator(".library-practice summary").first().click();
    await checkAccessibility("the library");
  });

  it("reads both pages in French", async () => {
    await page.getByRole("button", { name: "Français" }).click();
    await page.locator("h1", { hasText: "Pratiques" }).waitFor();
    await page.goto(`${server.url}/insights`);
    await page.locator("h1", { hasText: "Tendances" }).waitFor();
    await page.locator(".trend-chart svg").first().waitFor();
    expect(await page.locator("main").innerText()).toMatch(/Votre semaine en bref/);
    await checkAccessibility("insights in French");
  });

  it("never left the server's origin and met no script or policy errors", () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
});
