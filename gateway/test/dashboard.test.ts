// The live dashboard in a real browser (Debian's Chromium, driven by playwright-core): sign in as door staff, watch
// the counts, and see a check-in made through the API appear without reloading.
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { mkdirSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { requires, startTestStack, testConfig, world, type TestStack } from "@bilten/testkit";

let stack: TestStack;
let browser: Browser;

/** What the page functions below use of the DOM (the test project has no DOM library). */
type Page = { document: { querySelector(selector: string): { textContent: string | null } | null } };
/** Waits in the page until an element's text passes `test` (a function, not a string: the page's CSP forbids eval). */
const textIs = ([selector, pattern]: [string, string]) =>
  new RegExp(pattern).test((globalThis as unknown as Page).document.querySelector(selector)?.textContent ?? "");

// `.ci/run` installs Debian's Chromium.
requires("chromium")("live check-in dashboard", () => {
  beforeAll(async () => {
    stack = await startTestStack();
    browser = await chromium.launch({
      executablePath: testConfig.chromium,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  test("signs in, shows the counts, and updates per door when a ticket is checked in", async () => {
    const organizer = await world(stack).organizer();
    const door = await organizer.member("CHECK_IN_STAFF");
    const event = await organizer.event({ published: true, title: "Dashboard night", capacity: 50 });
    const order = await event.ticketType({ maxPerOrder: 5 }).order({ quantity: 3 });

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

    await order.checkIn({ ticket: 0, door: "North", by: door });
    await order.checkIn({ ticket: 1, door: "South", by: door });
    await page.waitForFunction(textIs, ["[data-testid=checked-in]", "^2$"] as [string, string]);
    expect(await page.textContent("[data-testid=on-site]")).toBe("2");
    const rows = await page.$$eval("[data-testid=doors] tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)),
    );
    expect(rows).toEqual([
      ["North", "1", "0", "1"],
      ["South", "1", "0", "1"],
    ]);
    // The chart's bars (one per five minutes, the newest on the right) hold the two check-ins.
    const bars = await page.$$eval("[data-testid=chart] rect", (rects) =>
      rects.map((r) => Number(r.querySelector("title")?.textContent?.split(": ").at(-1))),
    );
    expect(bars.reduce((sum, n) => sum + n, 0)).toBe(2);
    mkdirSync(".test-results", { recursive: true });
    await page.screenshot({ path: ".test-results/dashboard.png" });
    await page.close();
  }, 60_000);

  test("someone who is not the event's staff is told so, and can sign in as someone else", async () => {
    const organizer = await world(stack).organizer();
    const event = await organizer.event({ published: true, title: "Private counts" });
    const stranger = await world(stack).user();
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
