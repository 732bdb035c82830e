// The live dashboard in a real browser (Debian's Chromium, driven by playwright-core): sign in as door staff, watch
// the counts, and see a check-in made through the API appear without reloading.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { existsSync, mkdirSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { addMember, signUp, signUpOrganizer, startTestStack, type TestStack } from "@bilten/stack/testing";
import { createEvent, createTicketType, must, purchase } from "../../subgraphs/ticketing/test/fixtures.js";

const CHROMIUM = "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) {
  // `.ci/run` installs Debian's chromium; on a machine without it this file cannot run.
  console.warn(`dashboard test skipped: ${CHROMIUM} is not installed (apt-get install chromium)`);
}

let stack: TestStack;
let browser: Browser;

/** What the page functions below use of the DOM (the test project has no DOM library). */
type Page = { document: { querySelector(selector: string): { textContent: string | null } | null } };
/** Waits in the page until an element's text passes `test` (a function, not a string: the page's CSP forbids eval). */
const textIs = ([selector, pattern]: [string, string]) =>
  new RegExp(pattern).test((globalThis as unknown as Page).document.querySelector(selector)?.textContent ?? "");

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return;
  stack = await startTestStack();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

(existsSync(CHROMIUM) ? describe : describe.skip)("live check-in dashboard", () => {
  test("signs in, shows the counts, and updates per door when a ticket is checked in", async () => {
    const organizer = await signUpOrganizer(stack);
    const door = await signUp(stack);
    const doorToken = (await addMember(stack, organizer, door, "CHECK_IN_STAFF")).accessToken;
    const event = await createEvent(stack, organizer, { title: "Dashboard night", capacity: 50 });
    const type = await createTicketType(stack, organizer, event.id, { maxPerOrder: 5 });
    const buyer = await signUp(stack);
    const tickets = must(await purchase(stack, buyer, event.id, { ticketTypeId: type.id, quantity: 3 })).purchaseTickets.tickets as { number: string }[];

    const page = await browser.newPage();
    const base = stack.url.replace(/\/graphql$/, "");
    await page.goto(`${base}/dashboard/${event.id}`);
    await page.fill("input[name=email]", door.email);
    await page.fill("input[name=password]", door.password);
    await page.click("button[type=submit]");
    // The snapshot arrives first: all zeros.
    await page.waitForFunction(textIs, ["[data-testid=checked-in]", "^0$"] as [string, string]);
    expect(await page.textContent("#status")).toBe("Live");
    expect(await page.isVisible("#login")).toBe(false);
    expect(await page.textContent("[data-testid=sold]")).toBe("3");
    expect(await page.textContent("#title")).toBe("Live check-in · Dashboard night");

    for (const [number, gate] of [[tickets[0]?.number, "North"], [tickets[1]?.number, "South"]] as const) {
      must(await stack.query(`mutation($input: CheckInInput!) { checkIn(input: $input) { counts { sequence } } }`, { input: { eventId: event.id, ticketNumber: number, door: gate } }, { token: doorToken }));
    }
    await page.waitForFunction(textIs, ["[data-testid=checked-in]", "^2$"] as [string, string]);
    expect(await page.textContent("[data-testid=on-site]")).toBe("2");
    const rows = await page.$$eval("[data-testid=doors] tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
    expect(rows).toEqual([
      ["North", "1", "0", "1"],
      ["South", "1", "0", "1"],
    ]);
    // The chart's bars (one per five minutes, the newest on the right) hold the two check-ins.
    const bars = await page.$$eval("[data-testid=chart] rect", (rects) => rects.map((r) => Number(r.querySelector("title")?.textContent?.split(": ").at(-1))));
    expect(bars.reduce((sum, n) => sum + n, 0)).toBe(2);
    mkdirSync(".test-results", { recursive: true });
    await page.screenshot({ path: ".test-results/dashboard.png" });
    await page.close();
  }, 60_000);

  test("someone who is not the event's staff is told so, and can sign in as someone else", async () => {
    const organizer = await signUpOrganizer(stack);
    const event = await createEvent(stack, organizer, { title: "Private counts" });
    const stranger = await signUp(stack);
    const page = await browser.newPage();
    await page.goto(`${stack.url.replace(/\/graphql$/, "")}/dashboard/${event.id}`);
    await page.fill("input[name=email]", stranger.email);
    await page.fill("input[name=password]", stranger.password);
    await page.click("button[type=submit]");
    await page.waitForFunction(textIs, ["#login-error", "staff"] as [string, string]);
    expect(await page.isVisible("#login")).toBe(true);
    expect(await page.isVisible("#live")).toBe(false);
    await page.close();
  }, 60_000);
});
