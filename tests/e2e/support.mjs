// Shared set-up for the browser tests: serves the web build (or uses $BASE_URL), drives Debian's
// Chromium through playwright-core, and fails a test on any request that leaves this machine, any
// uncaught exception and any console error.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serveDist } from "../../scripts/serve-dist.mjs";

/** Where the web app keeps the runner's document in localStorage. */
export const DOCUMENT_KEY = "fresh-legs/document";

/**
 * The instant every test's page starts at (Playwright's clock, installed for each context), so no
 * test depends on the day it runs: Monday 7 December 2026, 09:00 in London, after every edit the
 * seeded documents carry (an edit made in a test must be the newest). Time then runs on from
 * there; a test that needs time to pass without waiting moves the clock (`page.clock.runFor`).
 * Tests of a particular moment (race day, the clocks changing) install their own.
 */
export const NOW = Date.UTC(2026, 11, 7, 9, 0, 0);
/** The zone every test's page runs in, whatever the machine's. */
export const ZONE = "Europe/London";
/**
 * The language every test's page runs in (the app writes dates in its order: "Sun 21 Mar"), so
 * no test depends on the machine's; `date_order.test.mjs` tries one that puts the month first.
 */
export const LOCALE = "en-GB";

/** A phone in portrait, with touch. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, timezoneId: ZONE };
/** A desktop window. */
export const DESKTOP = { viewport: { width: 1280, height: 800 }, timezoneId: ZONE };

const DIST = fileURLToPath(new URL("../../dist", import.meta.url));
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
// Generous: the wasm is compiled on a 2-core machine that may be busy with cargo.
const TIMEOUT_MS = 20_000;

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error("No Chromium found: install the `chromium` package or set CHROMIUM_PATH.");
  return found;
}

/**
 * Starts what a test file needs: the app's address and a browser. Call in `before`, and
 * `close()` in `after`. `root` serves another build (the benchmarks' hello world) instead of the
 * app in dist/ or at $BASE_URL.
 */
export async function openSuite({ root } = {}) {
  let server = null;
  let baseUrl = root ? undefined : process.env.BASE_URL?.replace(/\/+$/, "");
  if (!baseUrl) {
    const served = root ?? DIST;
    if (!existsSync(`${served}/index.html`)) {
      throw new Error(`No web build in ${served}: run \`make dist\` first, or set BASE_URL.`);
    }
    server = await serveDist({ root: served, port: 0 });
    baseUrl = server.url;
  }
  // The app's own host is allowed even when BASE_URL points at another machine.
  const allowedHosts = new Set([...LOOPBACK_HOSTS, new URL(baseUrl).host, new URL(baseUrl).hostname]);
  let browser;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  } catch (error) {
    // Otherwise the open server keeps the test file alive until its timeout, hiding the cause.
    await server?.close();
    throw error;
  }

  /**
   * Runs `body({ page, context, goto, reload, expectConsoleError })` in a fresh browser context (fresh localStorage) with the
   * given options (PHONE or DESKTOP, plus any context options), then fails if the page made a
   * request off this machine, threw, or logged a console error.
   */
  async function withPage(options, body) {
    // `clock`: the instant the page starts at (NOW unless given); `null` leaves the real clock,
    // for the benchmarks, which time real work.
    const { clock = NOW, ...contextOptions } = options;
    const context = await browser.newContext({ timezoneId: ZONE, locale: LOCALE, ...contextOptions });
    context.setDefaultTimeout(TIMEOUT_MS);
    if (clock !== null) await context.clock.install({ time: clock });
    const offMachine = [];
    const browserErrors = [];
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (allowedHosts.has(url.host) || allowedHosts.has(url.hostname)) return route.continue();
      offMachine.push(url.href);
      return route.abort("blockedbyclient");
    });
    await context.routeWebSocket(/.*/, (socket) => {
      offMachine.push(socket.url());
      return socket.close();
    });
    const expectedErrors = [];
    context.on("page", (page) => {
      page.on("pageerror", (error) => browserErrors.push(`uncaught: ${error.stack ?? error}`));
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const expected = expectedErrors.findIndex((pattern) => pattern.test(message.text()));
        if (expected >= 0) expectedErrors.splice(expected, 1);
        else browserErrors.push(`console.error: ${message.text()}`);
      });
    });
    /** Lets one console error matching `pattern` through: a test that provokes it on purpose. */
    const expectConsoleError = (pattern) => expectedErrors.push(pattern);

    const page = await context.newPage();
    const goto = async (path) => {
      await page.goto(`${baseUrl}${path}`);
      await waitForApp(page);
    };
    const reload = async () => {
      await page.reload();
      await waitForApp(page);
    };
    try {
      await body({ page, context, goto, reload, expectConsoleError });
    } catch (error) {
      // The browser's own complaints usually explain a failed step; keep them with the failure.
      if (browserErrors.length > 0) error.message += `\nThe browser reported:\n${browserErrors.join("\n")}`;
      throw error;
    } finally {
      await context.close();
    }
    assert.deepEqual(offMachine, [], "the app made requests that leave this machine");
    assert.deepEqual(browserErrors, [], "the page threw or logged console errors");
  }

  async function close() {
    await browser.close();
    await server?.close();
  }

  return { baseUrl, withPage, close };
}

/**
 * Waits until the app has rendered its navigation landmark (or the full-screen player). Fails at once, with the error, when
 * the page throws first (a panic while starting), instead of waiting for the timeout.
 */
export async function waitForApp(page) {
  let onError;
  const crashed = new Promise((_, reject) => {
    onError = (error) => reject(new Error(`The app threw while starting: ${error.stack ?? error}`));
    page.once("pageerror", onError);
  });
  try {
    // The navigation landmark, or the player, which takes the whole screen without it.
    await Promise.race([page.locator("#main nav:visible, .player-title:visible").first().waitFor(), crashed]);
  } finally {
    page.off("pageerror", onError);
  }
}

/**
 * Puts `document` (an object, or text for a deliberately broken one) in storage before the app's
 * first load only: a reload must see what the app saved, not the seed again.
 */
export async function seed(context, document) {
  const text = typeof document === "string" ? document : JSON.stringify(document);
  await context.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem("e2e-seeded") === null) {
        sessionStorage.setItem("e2e-seeded", "yes");
        localStorage.setItem(key, value);
      }
    },
    [DOCUMENT_KEY, text],
  );
}

/** The calendar date `days` from the tests' NOW (UTC), as the app stores it: `YYYY-MM-DD`. */
export function dateInDays(days) {
  return new Date(NOW + days * 86_400_000).toISOString().slice(0, 10);
}

/** The instant `hours` from the tests' NOW, as the app stores it (ISO 8601, UTC). */
export function hoursFromNow(hours) {
  return new Date(NOW + hours * 3_600_000).toISOString();
}

/**
 * Opens screen `name` as a runner would: its link in the navigation, or on a phone, where only
 * five fit in the bar, through More.
 */
export async function openFromNav(page, name) {
  const nav = page.getByRole("navigation", { name: "Main" });
  const link = nav.getByRole("link", { name, exact: true });
  if (await link.isVisible()) return link.click();
  await nav.getByRole("link", { name: "More", exact: true }).click();
  await page.getByRole("main").getByRole("link", { name: new RegExp(`^${name}`) }).click();
}
