import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { Locator, Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inventory } from "../src/core/inventory/index";
import type { InventoryItem } from "../src/core/inventory/types";
import { describeViolations, seriousViolations } from "./support/axe";
import type { PageWatch } from "./support/browser";
import { type JourneySession, openJourney } from "./support/journey-session";
import { focusIsOn, tabTo } from "./support/keyboard";
import type { PoiseServer } from "./support/poise-server";
import { screenshotBothWidths } from "./support/screenshots";

// One person's whole journey through the web app, in headless Chromium against the real server on a
// throwaway SQLite database. Every page visited is checked with axe (serious or critical violations
// fail), and the main pages are saved as screenshots at 360 px and desktop width.

let server: PoiseServer;
let session: JourneySession;
let page: Page;
let watch: PageWatch;
const visited: string[] = [];

const email = `journey-${Date.now()}@example.org`;
const password = "a quiet river at dawn";
const journalMarker = `lantern-${Math.random().toString(36).slice(2, 8)}`;

/** Checks the current page with axe and remembers it was visited. */
async function checkAccessibility(label: string) {
  const violations = await seriousViolations(page);
  visited.push(label);
  expect(violations, describeViolations(label, violations)).toEqual([]);
}

async function heading(): Promise<string> {
  return (await page.locator("h1").first().textContent())?.trim() ?? "";
}

const focusOnAnswers = () =>
  page.waitForFunction(() => document.activeElement?.getAttribute("type") === "radio");
let answered = 0;

/** How to answer a statement: a fixed cycle of keys, or a key chosen from the inventory item shown. */
type Answering = string[] | ((item: InventoryItem) => string);
const itemsByText = new Map(inventory.items.map((item) => [item.text.en, item]));

/** Answers the statement on screen with the keyboard (a number key, then Enter) and waits for the next. */
async function answerStatement(answering: Answering) {
  await focusOnAnswers();
  const statement = page.locator(".likert legend");
  const before = await statement.textContent();
  const number = await page.locator(".statement-number").textContent();
  const key = Array.isArray(answering)
    ? answering[answered % answering.length]!
    : answering(itemsByText.get(before ?? "") ?? expect.fail(`"${before}" is not an inventory statement`));
  await page.keyboard.press(key);
  await page.keyboard.press("Enter");
  answered += 1;
  // Either the next statement appears or the results page opens.
  await page.waitForFunction(
    ([text, num]) => {
      if (location.pathname.startsWith("/results")) return true;
      const legend = document.querySelector(".likert legend")?.textContent;
      const shown = document.querySelector(".statement-number")?.textContent;
      return legend !== undefined && (legend !== text || shown !== num);
    },
    [before, number] as const,
  );
}

/** Answers until the check ends on its results page; returns how many statements that took. */
async function answerUntilResults(answering: Answering): Promise<number> {
  const start = answered;
  const onResults = () => page.evaluate(() => location.pathname.startsWith("/results"));
  for (let i = 0; i < 120 && !(await onResults()); i++) await answerStatement(answering);
  await waitForPath(/^\/results\/[^/]+$/);
  return answered - start;
}

async function waitForPath(path: RegExp) {
  await page.waitForURL((url) => path.test(url.pathname), { timeout: 15_000 });
}

beforeAll(async () => {
  session = await openJourney({ acceptDownloads: true });
  ({ server, page, watch } = session);
});

afterAll(async () => {
  await session?.close();
});

describe("a person's journey through Poise", () => {
  it("reads what Poise is and is not before being asked anything, then signs up", async () => {
    // The JavaScript the welcome page loads, gzipped as a server would send it: at most 200 KB.
    const scripts: Promise<number>[] = [];
    const onResponse = (response: Response) => {
      if (response.request().resourceType() === "script") {
        scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
      }
    };
    page.on("response", onResponse);
    await page.goto(server.url, { waitUntil: "networkidle" });
    await page.locator("h1").waitFor();
    page.off("response", onResponse);
    const initialKb = (await Promise.all(scripts)).reduce((a, b) => a + b, 0) / 1024;
    expect(scripts.length).toBeGreaterThan(0);
    expect(initialKb).toBeLessThanOrEqual(200);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    const text = await page.locator("main").textContent();
    expect(text).toMatch(/What Poise is not/);
    expect(text).toMatch(/Not a diagnosis/);
    expect(text).toMatch(/What happens to your data/);
    expect(await page.locator("main input").count()).toBe(0);
    expect(await page.getByRole("link", { name: /If you are in crisis/ }).count()).toBeGreaterThan(0);
    await checkAccessibility("welcome");
    await screenshotBothWidths(page, "welcome");

    // Help is one step away before signing in too: emergency numbers first, for the browser's region.
    await page.getByRole("link", { name: "If you are in crisis, find help now" }).first().click();
    await page.locator("h1", { hasText: "If you are in crisis" }).waitFor();
    expect(await page.getByRole("radio", { name: "United Kingdom" }).isChecked()).toBe(true);
    expect(await page.getByRole("link", { name: "Call 999" }).getAttribute("href")).toBe("tel:999");
    await checkAccessibility("help");
    await screenshotBothWidths(page, "help");
    await page.goBack();
    await page.locator("h1", { hasText: "Find your balance" }).waitFor();

    await page.getByRole("link", { name: "Create an account" }).click();
    await waitForPath(/^\/sign-up$/);
    // A too-short password is refused next to the field, and what was typed stays.
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Please use at least 10 characters.").count()).resolves.toBe(1);
    expect(await page.getByLabel("Email").inputValue()).toBe(email);
    await checkAccessibility("sign-up with an error");
    await screenshotBothWidths(page, "sign-up");

    // The server refuses a well-known password; its field error is shown, in words, next to the field.
    await page.getByLabel("Password", { exact: true }).fill("password1234");
    await page.getByRole("button", { name: "Create account" }).click();
    await page
      .getByText("This password is too common and easy to guess. Please choose another one.")
      .waitFor();
    expect(await page.getByLabel("Password", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Email").inputValue()).toBe(email);

    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Create account" }).click();
    await waitForPath(/^\/check$/);
  });

  it("completes the adaptive check with the keyboard alone, going back once and resuming after leaving", async () => {
    await page.locator("h1", { hasText: "The check" }).waitFor();
    await checkAccessibility("check start");
    await screenshotBothWidths(page, "check-start");

    // Keyboard only from here: Tab to "Begin" (adaptive is the default choice) and press Enter.
    await tabTo(page, /^Begin$/);
    await page.keyboard.press("Enter");
    await waitForPath(/^\/check\/[^/]+$/);
    const statement = page.locator(".likert legend");
    await statement.waitFor();
    await checkAccessibility("check statement");
    await screenshotBothWidths(page, "check-statement");

    // Answers follow a fixed pattern so the run is repeatable; number keys choose, Enter goes on.
    const pattern = ["4", "2", "5", "3", "1", "4", "2"];
    const answerOne = () => answerStatement(pattern);
    await answerOne();
    await answerOne();
    await answerOne();
    expect(await page.locator(".statement-number").textContent()).toBe("Statement 4");

    // Back (Tab from the answers reaches it) shows statement 3 with its answer still chosen.
    await focusOnAnswers();
    await tabTo(page, /Back/);
    await page.keyboard.press("Enter");
    await page.locator(".statement-number", { hasText: "Statement 3" }).waitFor();
    expect(await page.locator(".likert input:checked").getAttribute("value")).toBe(pattern[2]);
    // Change it with the arrow keys (focus is back on the chosen answer), then go on.
    await focusOnAnswers();
    expect(await focusIsOn(page, /Strongly agree$/)).toBe(true);
    await page.keyboard.press("ArrowUp");
    expect(await page.locator(".likert input:checked").getAttribute("value")).toBe("4");
    await page.keyboard.press("Enter");
    await page.locator(".statement-number", { hasText: "Statement 4" }).waitFor();

    // Leave for another page, come back: the check offers to resume where it stopped.
    await page.goto(`${server.url}/today`);
    await page.locator("h1", { hasText: "Today" }).waitFor();
    await page.goto(`${server.url}/check`);
    await page.getByRole("link", { name: "Continue where you stopped" }).waitFor();
    await tabTo(page, /Continue where you stopped/);
    await page.keyboard.press("Enter");
    await page.locator(".statement-number", { hasText: "Statement 4" }).waitFor();

    const total = 3 + (await answerUntilResults(pattern));
    expect(total).toBeGreaterThan(8);
    expect(total).toBeLessThan(72);
  });

  it("shows the results: map, probabilities, spectrum, scales, strengths, focus facets and the notes", async () => {
    await page.locator("h1", { hasText: "Your results" }).waitFor();
    await page.locator("svg.balance-map").waitFor();
    const map = page.locator('svg.balance-map[role="img"]');
    expect(await map.count()).toBe(1);
    expect(await map.locator("title").textContent()).toBe("Your balance map");
    expect(await map.locator("desc").textContent()).toMatch(/Reliance \d+, Distance \d+/);
    const main = await page.locator("main").textContent();
    expect(main).toMatch(/How sure is this\?/);
    expect(main).toMatch(/not a clinical assessment/);
    expect(main).toMatch(/provisional/);
    expect(main).toMatch(/Strengths to build on/);
    expect(await page.locator(".focus-list > li").count()).toBe(3);
    expect(await page.locator(".focus-list h4", { hasText: "A first step" }).count()).toBe(3);
    expect(await page.locator('svg.scale-bands[role="img"]').count()).toBe(1);
    expect(await page.locator('svg.spectrum-svg[role="img"]').count()).toBe(1);
    await checkAccessibility("results");
    await screenshotBothWidths(page, "results");

    // The map's data table, opened with the keyboard.
    await tabTo(page, /Show the data as a table/);
    await page.keyboard.press("Enter");
    const table = page.locator(".map-section table");
    await table.waitFor();
    const tableText = await table.textContent();
    for (const region of ["Balanced", "Leaning on others", "Keeping distance", "Pulled both ways"]) {
      expect(tableText).toContain(region);
    }
    expect(tableText).toMatch(/T-score \d+/);
    await checkAccessibility("results with the map's table");
    expect(await focusIsOn(page, /Show the chart/)).toBe(true);
  });

  it("takes the check a second time, and the history tells real change from noise", async () => {
    await page.goto(`${server.url}/check`);
    await page.locator("h1", { hasText: "The check" }).waitFor();
    await tabTo(page, /^Begin$/);
    await page.keyboard.press("Enter");
    await waitForPath(/^\/check\/[^/]+$/);
    // This time Reliance statements get the strongest answer in their keyed direction, the others the
    // middle one: Reliance moves far beyond the measurement's noise.
    await answerUntilResults((item) => (item.scale !== "reliance" ? "3" : item.reverse ? "1" : "5"));

    await page.goto(`${server.url}/history`);
    await page.locator("h1", { hasText: "Your history" }).waitFor();
    await page.locator(".history-chart svg").first().waitFor();
    expect(await page.locator('.history-chart svg[role="img"]').count()).toBe(4);
    const sentences = await page.locator(".change-sentences li").allTextContents();
    expect(sentences).toHaveLength(4);
    for (const sentence of sentences) expect(sentence).toMatch(/real change|within the measurement's noise/);
    const reliance = sentences.find((s) => s.includes("your Reliance"));
    expect(reliance).toMatch(/went up from \d+ to \d+: a real change, larger than the measurement's noise/);
    expect(await page.locator(".history-ring").count()).toBeGreaterThan(0);
    await checkAccessibility("history");
    await screenshotBothWidths(page, "history");
  });

  it("logs today's check-in with the keyboard alone", async () => {
    await page.goto(`${server.url}/today`);
    await page.locator("h1", { hasText: "Today" }).waitFor();
    await page.getByRole("link", { name: "Check in", exact: true }).waitFor();
    await checkAccessibility("today");
    await screenshotBothWidths(page, "today");

    await tabTo(page, /^Check in$/);
    await page.keyboard.press("Enter");
    await waitForPath(/^\/check-in$/);
    await page.locator("form.check-in-form").waitFor();
    await checkAccessibility("check-in");
    await screenshotBothWidths(page, "check-in");

    // Mood: Tab into the group, arrows to "Somewhat pleasant".
    await tabTo(page, /Very unpleasant/);
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
    expect(await focusIsOn(page, /Somewhat pleasant/)).toBe(true);
    // Energy: Tab to its group and pick "High".
    await page.keyboard.press("Tab");
    expect(await focusIsOn(page, /Very low/)).toBe(true);
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    // Unfold the optional parts, open "Feelings" with Enter on its summary and tick one with Space.
    await tabTo(page, /More, if you like/);
    await page.keyboard.press("Enter");
    await tabTo(page, /Feelings you noticed/);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await focusIsOn(page, /^Calm$/)).toBe(true);
    await page.keyboard.press("Space");
    // Open the note and write one.
    await tabTo(page, /A private note/);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Walked by the river after work.");
    await tabTo(page, /Save check-in/);
    await page.keyboard.press("Enter");
    await page.getByText("Saved. Thank you for checking in.").waitFor();
    expect(await page.locator(".support-panel").count()).toBe(0);
    const today = page.locator(".calendar a[aria-current='date']");
    expect(await today.getAttribute("aria-label")).toMatch(/checked in/);
    await checkAccessibility("check-in saved");

    // The saved day reads back after a reload.
    await page.reload();
    await page.locator("form.check-in-form").waitFor();
    expect(await page.getByRole("radio", { name: /Somewhat pleasant/ }).isChecked()).toBe(true);
    expect(await page.getByRole("radio", { name: "High", exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: "Calm", exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel("A private note").inputValue()).toBe("Walked by the river after work.");

    // Any past day can be filled in or changed later; the calendar then marks it too.
    const yesterday = await page.evaluate(() => {
      const d = new Date();
      d.setDate(d.getDate() - 1);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    });
    await page.goto(`${server.url}/check-in?date=${yesterday}`);
    await page.locator("form.check-in-form").waitFor();
    expect(await page.locator(".day-line").textContent()).not.toMatch(/today/);
    // A tap on the tile, as on a phone.
    await page.locator("label.choice", { has: page.getByRole("radio", { name: /Unpleasant$/ }) }).click();
    await page.getByRole("button", { name: "Save check-in" }).click();
    await page.getByText("Saved. Thank you for checking in.").waitFor();
    expect(await page.locator(".calendar a[aria-current='date']").getAttribute("aria-label")).toMatch(
      /checked in/,
    );
    await page.reload();
    await page.locator("form.check-in-form").waitFor();
    expect(await page.getByRole("radio", { name: /Unpleasant$/ }).isChecked()).toBe(true);

    // The same day with every optional part: who it was spent with, reassurance, decisions, a trigger,
    // what was tried and how it left the person. Each id must be one the API accepts.
    await page.locator("summary", { hasText: "More, if you like" }).click();
    await page.locator("summary", { hasText: "Who you spent the day with" }).click();
    // Taps on the tiles, as on a phone (the inputs themselves sit under them).
    const tap = (input: Locator) => input.locator("xpath=ancestor::label[1]").click();
    await tap(page.getByRole("checkbox", { name: "Partner", exact: true }));
    await tap(page.getByRole("checkbox", { name: "Friends", exact: true }));
    await page.locator("summary", { hasText: "Reassurance" }).click();
    const reassurance = "How many times did you ask someone for reassurance?";
    await page.getByRole("button", { name: `One more: ${reassurance}` }).click();
    await page.getByRole("button", { name: `One more: ${reassurance}` }).click();
    await tap(
      page.getByRole("group", { name: "How did you feel afterwards?" }).getByRole("radio", { name: "Worse" }),
    );
    await page.locator("summary", { hasText: "Decisions" }).click();
    await page.getByLabel("Decisions you made on your own", { exact: true }).fill("3");
    await page.getByLabel("Decisions you made only after someone approved", { exact: true }).fill("1");
    await page.locator("summary", { hasText: "Did something throw you off balance?" }).click();
    await tap(page.getByRole("radio", { name: "Being alone", exact: true }));
    await tap(page.getByRole("radio", { name: "Pause and breathe", exact: true }));
    await tap(
      page
        .getByRole("group", { name: "How did you feel after “Pause and breathe”?" })
        .getByRole("radio", { name: "Better" }),
    );
    await checkAccessibility("check-in with every part open");
    await screenshotBothWidths(page, "check-in-full");
    await page.getByRole("button", { name: "Save check-in" }).click();
    await page.getByText("Saved. Thank you for checking in.").waitFor();

    await page.reload();
    await page.locator("form.check-in-form").waitFor();
    expect(await page.getByRole("radio", { name: /Unpleasant$/ }).isChecked()).toBe(true);
    for (const name of ["Partner", "Friends"]) {
      expect(await page.getByRole("checkbox", { name, exact: true }).isChecked()).toBe(true);
    }
    expect(await page.getByRole("checkbox", { name: "Family", exact: true }).isChecked()).toBe(false);
    expect(await page.getByLabel(reassurance, { exact: true }).inputValue()).toBe("2");
    expect(
      await page
        .getByRole("group", { name: "How did you feel afterwards?" })
        .getByRole("radio", { name: "Worse" })
        .isChecked(),
    ).toBe(true);
    expect(await page.getByLabel("Decisions you made on your own", { exact: true }).inputValue()).toBe("3");
    expect(
      await page.getByLabel("Decisions you made only after someone approved", { exact: true }).inputValue(),
    ).toBe("1");
    expect(await page.getByRole("radio", { name: "Being alone", exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole("radio", { name: "Pause and breathe", exact: true }).isChecked()).toBe(true);
    expect(
      await page
        .getByRole("group", { name: "How did you feel after “Pause and breathe”?" })
        .getByRole("radio", { name: "Better" })
        .isChecked(),
    ).toBe(true);
  });

  it("writes a journal entry with the keyboard alone and finds it again", async () => {
    await page.goto(`${server.url}/journal`);
    await page.locator("h1", { hasText: "Journal" }).waitFor();
    await page.locator(".prompt-text").waitFor();
    await checkAccessibility("journal");

    await tabTo(page, /^Your entry$/);
    await page.keyboard.type(`Today I waited before asking for reassurance. ${journalMarker}`);
    await tabTo(page, /^Save entry$/);
    await page.keyboard.press("Enter");
    await page.getByText("Entry saved.").waitFor();
    await page.locator(".entry-text", { hasText: journalMarker }).waitFor();
    expect(await page.locator(".support-panel").count()).toBe(0);
    await screenshotBothWidths(page, "journal");

    // Words that suggest crisis bring help for the person's region at once (en-GB: the UK's lines).
    await page.getByLabel("Your entry").fill("Some nights I just want to die and not wake up.");
    await page.getByRole("button", { name: "Save entry" }).click();
    const support = page.locator(".support-panel");
    await support.waitFor();
    expect(await support.locator("h2").textContent()).toBe("You don't have to carry this alone");
    expect(await support.textContent()).toMatch(/Samaritans/);
    expect(await support.getByRole("link", { name: "Call 116 123" }).getAttribute("href")).toBe("tel:116123");
    await checkAccessibility("journal with help shown");
    await screenshotBothWidths(page, "journal-support");

    await page.getByLabel("Search your entries").fill(journalMarker);
    await page.getByText("1 entry matches.").waitFor();
    expect(await page.locator(".entry-text").count()).toBe(1);
    await page.getByLabel("Search your entries").fill("nothing-like-this-anywhere");
    await page.getByText(/No entry matches/).waitFor();
    await checkAccessibility("journal search");
    await page.getByLabel("Search your entries").fill("");

    // Changes to an existing entry survive leaving the page, as a new entry's draft does.
    const entry = page.locator("article.entry", {
      has: page.locator(".entry-text", { hasText: journalMarker }),
    });
    await entry.getByRole("button", { name: /^Edit/ }).click();
    await page.getByLabel("Edit entry").press("Control+End");
    await page.keyboard.type(" Then I called a friend.");
    await page.goto(`${server.url}/today`);
    await page.locator("h1", { hasText: "Today" }).waitFor();
    await page.goto(`${server.url}/journal`);
    await page.getByText("Your unsaved changes to this entry are still here.").waitFor();
    expect(await page.getByLabel("Edit entry").inputValue()).toBe(
      `Today I waited before asking for reassurance. ${journalMarker} Then I called a friend.`,
    );
    await checkAccessibility("journal with an edit brought back");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Entry updated.").waitFor();
    await page.reload();
    await page.locator(".entry-text", { hasText: "Then I called a friend." }).waitFor();
    expect(await page.getByLabel("Edit entry").count()).toBe(0);
  });

  it("switches to French from any page, and the pages follow", async () => {
    await tabTo(page, /^Français$/, { backwards: true });
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.documentElement.lang === "fr");
    expect(await heading()).toBe("Journal");
    expect(await page.locator("main").textContent()).toMatch(/Un espace privé pour réfléchir/);
    await checkAccessibility("journal (fr)");

    const pages: [string, string][] = [
      ["/today", "Aujourd’hui"],
      ["/check-in", "Le point du jour"],
      ["/results", "Vos résultats"],
      ["/history", "Votre historique"],
      ["/settings", "Réglages"],
      ["/help", "En cas de crise"],
      ["/nulle-part", "Page introuvable"],
    ];
    for (const [path, title] of pages) {
      await page.goto(`${server.url}${path}`);
      await page.locator("h1", { hasText: title }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
      await checkAccessibility(`${path} (fr)`);
    }
    // The results themselves are in French too.
    await page.goto(`${server.url}/results`);
    await page.locator("svg.balance-map").waitFor();
    expect(await page.locator("main").textContent()).toMatch(/Avec quelle certitude/);
    await screenshotBothWidths(page, "results-fr");
    await page.goto(`${server.url}/help`);
    await page.locator("h1").waitFor();
    await screenshotBothWidths(page, "help-fr");

    // Back to English for the rest.
    await tabTo(page, /^English$/, { backwards: true });
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.documentElement.lang === "en");
  });

  it("keeps its contrast in dark mode", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    for (const [path, title] of [
      ["/results", "Your results"],
      ["/check-in", "Daily check-in"],
      ["/journal", "Journal"],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      await page.locator("h1", { hasText: title }).waitFor();
      await page.locator("main form, main svg").first().waitFor();
      await checkAccessibility(`${path} (dark)`);
    }
    await page.goto(`${server.url}/results`);
    await page.locator("svg.balance-map").waitFor();
    await screenshotBothWidths(page, "results-dark");
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("exports the data as JSON and CSV", async () => {
    await page.goto(`${server.url}/settings`);
    await page.locator("h1", { hasText: "Settings" }).waitFor();
    await checkAccessibility("settings");
    await screenshotBothWidths(page, "settings");

    const [jsonDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download everything (JSON)" }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await jsonDownload.path())!, "utf8"));
    const serialised = JSON.stringify(exported);
    expect(serialised).toContain(email);
    expect(serialised).toContain(journalMarker);
    expect(serialised).toContain("Walked by the river after work.");

    const [csvDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download check-ins and scores (CSV)" }).click(),
    ]);
    const csv = readFileSync((await csvDownload.path())!, "utf8");
    expect(csv.split("\n").length).toBeGreaterThan(1);
  });

  it("deletes the account, after which signing in no longer works", async () => {
    // Without the confirmation tick, nothing is deleted and the problem is named next to the box.
    await page.getByLabel("Your password, to confirm").fill(password);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await page.getByText("Please tick the box to confirm.").waitFor();
    await checkAccessibility("settings with a delete error");

    await page.getByLabel("I understand that everything will be deleted for good.").check();
    await page.getByRole("button", { name: "Delete my account" }).click();
    await waitForPath(/^\/account-deleted$/);
    await page.locator("h1", { hasText: "Your account was deleted" }).waitFor();
    await checkAccessibility("account deleted");

    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("This email and password don't match an account.").waitFor();
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(await page.getByLabel("Email").inputValue()).toBe(email);
    await checkAccessibility("sign-in refused");
    await screenshotBothWidths(page, "sign-in");
  });

  it("never left the page's origin and met no CSP violation or script error", () => {
    expect(visited.length).toBeGreaterThan(15);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
});
