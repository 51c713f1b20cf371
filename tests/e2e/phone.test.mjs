// How the app feels on a phone: one row of five in the bottom bar with every screen two taps
// away, screens that open at their top and Back that returns to where the runner was, the first
// error of a refused form brought into view, the bar and the player clear of a simulated home
// indicator and notch, body-map taps between the legs, and exports that travel: the share sheet
// where the browser has one, a download where not, and a shared or opened file that is shown
// before it changes anything.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DOCUMENT_KEY, PHONE, dateInDays, openFromNav, openSuite, seed } from "./support.mjs";

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

const SMALL_PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const nav = (page) => page.getByRole("navigation", { name: "Main" });
const heading = (page, name) => page.getByRole("heading", { level: 1, name, exact: true });
const contentTop = (page) => page.evaluate(() => document.getElementById("content").scrollTop);

/** A runner with enough races that the Races screen scrolls well past one screen. */
function manyRaces() {
  const races = Array.from({ length: 12 }, (_, index) => ({
    id: `race-phone-${index}`,
    name: `Harbour ${index + 1}K`,
    date: dateInDays(20 + index * 14),
    start_time: "09:00:00",
    time_zone: "UTC",
    distance_km: 10,
    priority: "C",
    outdoor: true,
    notes: "",
    updated_at: "2026-11-01T08:00:00Z",
  }));
  // Everything an export holds, so the same document also serves as a file to import.
  const profile = { display_name: "Sam", updated_at: "2026-11-01T08:00:00Z" };
  return { schema_version: 6, profile, races, blocks: [], log: [], checklists: [], oil_marks: [], routines: [], tombstones: [] };
}

for (const [name, phone] of [
  ["360×740", SMALL_PHONE],
  ["390×844", PHONE],
]) {
  test(`the bottom bar is one row of five, and every screen is two taps away at most (${name})`, () =>
    suite.withPage(phone, async ({ page, goto }) => {
      await goto("/");
      const items = await nav(page).locator("a").evaluateAll((links) =>
        links
          .filter((link) => link.checkVisibility())
          .map((link) => {
            const box = link.getBoundingClientRect();
            const label = link.querySelector("span");
            return { text: link.textContent.trim(), top: box.top, width: box.width, height: box.height, clipped: label.scrollWidth > label.clientWidth + 1 };
          }),
      );
      assert.deepEqual(items.map((item) => item.text), ["Today", "Races", "Timers", "Log", "More"]);
      assert.equal(new Set(items.map((item) => Math.round(item.top))).size, 1, `one row: ${JSON.stringify(items)}`);
      for (const item of items) {
        assert.ok(item.width >= 44 && item.height >= 44, `${item.text} is ${item.width}×${item.height} px`);
        assert.ok(!item.clipped, `${item.text} is not cut off`);
      }

      for (const screen of ["Races", "Timers", "Log", "Today"]) {
        await nav(page).getByRole("link", { name: screen, exact: true }).tap();
        await heading(page, screen).waitFor();
        assert.equal(await nav(page).getByRole("link", { name: screen, exact: true }).getAttribute("aria-current"), "page");
      }
      for (const screen of ["Checklists", "Aromatherapy", "Training", "Settings"]) {
        await nav(page).getByRole("link", { name: "More", exact: true }).tap();
        await heading(page, "More").waitFor();
        await page.getByRole("main").getByRole("link", { name: new RegExp(`^${screen}`) }).tap();
        await heading(page, screen).waitFor();
        // The bar's More stands for the screen behind it.
        assert.equal(await nav(page).getByRole("link", { name: "More", exact: true }).getAttribute("aria-current"), "true");
      }
    }));
}

test("every screen opens at its top, and Back returns to where the runner was (phone)", () =>
  suite.withPage(PHONE, async ({ page, context, goto }) => {
    await seed(context, manyRaces());
    await goto("/races");
    await heading(page, "Races").waitFor();
    await page.evaluate(() => document.getElementById("content").scrollTo(0, 900));
    await page.waitForFunction(() => document.getElementById("content").scrollTop === 900);

    await nav(page).getByRole("link", { name: "Timers", exact: true }).tap();
    await heading(page, "Timers").waitFor();
    assert.equal(await contentTop(page), 0, "Timers opens at its top");
    await page.evaluate(() => document.getElementById("content").scrollTo(0, 200));

    await page.goBack();
    await heading(page, "Races").waitFor();
    await page.waitForFunction(() => document.getElementById("content").scrollTop === 900);

    // Every screen, opened after scrolling the one before as far as it goes, starts at its top.
    let scrolled = 0;
    for (const screen of ["Today", "Log", "Checklists", "Aromatherapy", "Settings", "Timers", "Races"]) {
      scrolled = Math.max(scrolled, await page.evaluate(() => {
        const content = document.getElementById("content");
        content.scrollTo(0, content.scrollHeight);
        return content.scrollTop;
      }));
      await openFromNav(page, screen);
      await heading(page, screen).waitFor();
      assert.equal(await contentTop(page), 0, `${screen} opens at its top`);
    }
    assert.ok(scrolled > 500, `the screens before were scrolled (up to ${scrolled} px)`);
  }));

/** What the page holds in the frame that first shows the screen at `path` (tapped in the bar),
 * and once it has settled: whether each of `selectors` is there, and how many `counted` there are. */
async function firstFrameAndAfter(page, path, selectors, counted) {
  return page.evaluate(
    ([path, selectors, counted]) =>
      new Promise((resolve) => {
        const before = document.querySelector("main h1");
        const look = () => ({
          present: Object.fromEntries(selectors.map((selector) => [selector, document.querySelector(selector) !== null])),
          count: document.querySelectorAll(counted).length,
        });
        let first = null;
        const observer = new MutationObserver(() => {
          const heading = document.querySelector("main h1");
          if (first || location.pathname !== path || !heading || heading === before) return;
          // Before the frame that paints it: what the runner's first look at the screen holds.
          first = look();
          requestAnimationFrame(() => {
            observer.disconnect();
            // The rest is drawn in the task after that frame; give it a few frames.
            setTimeout(() => resolve({ first, settled: look() }), 500);
          });
        });
        observer.observe(document.body, { subtree: true, childList: true });
        [...document.querySelectorAll(`a[href="${path}"]`)].find((a) => a.offsetParent !== null).click();
      }),
    [path, selectors, counted],
  );
}

test("a screen's first frame is its top, and what lies below follows at once (phone)", () =>
  suite.withPage(PHONE, async ({ page, context, goto }) => {
    const document = manyRaces();
    document.log = Array.from({ length: 40 }, (_, index) => ({
      id: `log-phone-${index}`,
      updated_at: "2026-11-01T08:00:00Z",
      at: `${dateInDays(-1 - index)}T07:00:00Z`,
      kind: { type: "self_massage", routine_name: "Calf flush", seconds: 300 },
    }));
    await seed(context, document);
    await goto("/timers");
    await heading(page, "Timers").waitFor();

    // Races: the heading and the next two races first; the third card, the later races, the
    // form, the season and the calendar export a frame later.
    const races = await firstFrameAndAfter(page, "/races", [".races-side form", ".calendar-export"], ".race-list > li");
    assert.deepEqual(races.first, { present: { ".races-side form": false, ".calendar-export": false }, count: 2 });
    assert.deepEqual(races.settled.present, { ".races-side form": true, ".calendar-export": true });
    assert.equal(races.settled.count, 3, "the three next races in full (the rest in the later list)");

    // Log: the first six entries, then the rest of the page of thirty and the insights.
    await nav(page).getByRole("link", { name: "Timers", exact: true }).tap();
    await heading(page, "Timers").waitFor();
    const log = await firstFrameAndAfter(page, "/log", ["#log-more", "#add-entry form"], ".log-list > li");
    assert.deepEqual(log.first, { present: { "#log-more": false, "#add-entry form": false }, count: 6 });
    assert.deepEqual(log.settled, { present: { "#log-more": true, "#add-entry form": true }, count: 30 });
    // The end of the list was not in view before the entries above it were drawn: one page.
    assert.match(await page.locator("#log-showing").innerText(), /30 of 40/);
  }));

test("a refused form brings its first error into view (360×740)", () =>
  suite.withPage(SMALL_PHONE, async ({ page, context, goto }) => {
    await seed(context, manyRaces());
    await goto("/races");
    const add = page.getByRole("button", { name: "Add race", exact: true });
    await add.scrollIntoViewIfNeeded();
    await page.getByLabel("Distance (km)", { exact: true }).fill("0");
    await add.tap();
    const first = page.locator(".field-error").first();
    await first.waitFor();
    // Wait for the scroll to settle, then check the first message is on screen above the bar.
    await page.waitForFunction(() => {
      const error = document.querySelector(".field-error").getBoundingClientRect();
      const content = document.getElementById("content").getBoundingClientRect();
      return error.top >= content.top && error.bottom <= content.bottom;
    });
    assert.match(await first.innerText(), /name/i);
  }));

test("the bar and the player's controls stay clear of a simulated notch and home indicator (phone)", () =>
  suite.withPage(PHONE, async ({ page, context, goto }) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setSafeAreaInsetsOverride", { insets: { top: 47, bottom: 34, left: 0, right: 0 } });
    await goto("/timers");
    const layout = await page.evaluate(() => {
      const bar = document.querySelector(".main-nav");
      const links = [...bar.querySelectorAll("a")].filter((link) => link.checkVisibility());
      return {
        barPadding: parseFloat(getComputedStyle(bar).paddingBottom),
        lowestLink: Math.max(...links.map((link) => link.getBoundingClientRect().bottom)),
        contentPadding: parseFloat(getComputedStyle(document.getElementById("content")).paddingTop),
        height: innerHeight,
      };
    });
    assert.equal(layout.barPadding, 34, "the bar pads itself by the home indicator");
    assert.ok(layout.lowestLink <= layout.height - 34, `links end above the home indicator: ${JSON.stringify(layout)}`);
    assert.equal(layout.contentPadding, 47, "the screen starts below the notch");
    // The player has the screen to itself: its controls keep clear of the home indicator, and
    // its top of the notch, with nothing to scroll.
    await page.getByRole("button", { name: "Start Pre-race light flush", exact: true }).tap();
    await page.getByRole("timer").waitFor();
    const player = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll(".player button")].filter((b) => b.checkVisibility()).map((b) => b.getBoundingClientRect());
      return { top: Math.min(...boxes.map((box) => box.top)), bottom: Math.max(...boxes.map((box) => box.bottom)), height: innerHeight };
    });
    assert.ok(player.top >= 47, `the player starts below the notch: ${JSON.stringify(player)}`);
    assert.ok(player.bottom <= player.height - 34 + 0.5, `the controls end above the home indicator: ${JSON.stringify(player)}`);
  }));

test("the body map picks the hamstrings with a tap between the legs at the middle of the area (phone)", () =>
  suite.withPage(PHONE, async ({ page, goto }) => {
    await goto("/log");
    await page.getByText("Add an entry", { exact: true }).tap();
    await page.getByLabel("What to log", { exact: true }).first().selectOption({ label: "An injury" });
    const hamstrings = page.getByRole("radio", { name: "Hamstrings", exact: true });
    await hamstrings.scrollIntoViewIfNeeded();
    const box = await hamstrings.boundingBox();
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByText("Selected: Hamstrings").waitFor();
    assert.equal(await hamstrings.getAttribute("aria-checked"), "true");
  }));

/** Stubs the Web Share API with files; shared files land in `window.__shared`. */
function shareSheet() {
  window.__shared = [];
  navigator.canShare = (data) => Array.isArray(data?.files) && data.files.length > 0;
  navigator.share = async (data) => {
    window.__shared.push(...(await Promise.all(data.files.map(async (file) => ({ name: file.name, type: file.type, text: await file.text() })))));
  };
}

test("Export opens the share sheet with the file where the phone has one, and downloads where not", () =>
  suite.withPage(PHONE, async ({ page, context, goto }) => {
    await context.addInitScript(shareSheet);
    await seed(context, manyRaces());
    await goto("/settings");
    await page.getByRole("button", { name: "Export my data", exact: true }).tap();
    await page.getByText(/is ready to share: pick where it goes/).waitFor();
    await page.waitForFunction(() => window.__shared.length === 1);
    const [shared] = await page.evaluate(() => window.__shared);
    assert.match(shared.name, /^fresh-legs-.*\.json$/);
    assert.equal(shared.type, "application/json");
    assert.equal(JSON.parse(shared.text).races.length, 12);
  }).then(() =>
    suite.withPage(PHONE, async ({ page, goto }) => {
      await goto("/settings");
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Export my data", exact: true }).tap();
      assert.match((await download).suggestedFilename(), /^fresh-legs-.*\.json$/);
      await page.getByText(/^Downloaded fresh-legs-/).waitFor();
    }),
  ));

test("a file opened with the installed app is shown with what is in it, then merged (phone)", () =>
  suite.withPage(PHONE, async ({ page, context, goto }) => {
    const file = JSON.stringify(manyRaces());
    // What the browser does for the manifest's file handler: it hands the file to launchQueue.
    await context.addInitScript((text) => {
      const queue = {
        setConsumer(consumer) {
          setTimeout(() => consumer({ files: [{ getFile: async () => new File([text], "season.json", { type: "application/json" }) }] }), 50);
        },
      };
      // Chromium has its own launchQueue (empty in a tab); this one stands in front of it.
      Object.defineProperty(window, "launchQueue", { value: queue, configurable: true });
    }, file);
    await goto("/open");
    await page.getByText("The file is an export with 12 races, 0 training blocks, 0 log entries, 0 routines and 0 imported activities.").waitFor();
    const stored = () => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}").races?.length ?? 0, DOCUMENT_KEY);
    assert.equal(await stored(), 0, "nothing changes before the runner chooses");
    await page.getByRole("button", { name: "Merge into my data", exact: true }).tap();
    await page.getByRole("status").filter({ hasText: "Imported: the file is merged with your data." }).waitFor();
    assert.equal(await stored(), 12);
  }));

test("a file shared to the installed app waits in the service worker until the runner replaces their data with it (phone)", () =>
  suite.withPage(PHONE, async ({ page, goto }) => {
    await goto("/");
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
      }
    });
    // The share target's post, as the phone's share sheet sends it.
    const redirected = await page.evaluate(async (text) => {
      const form = new FormData();
      form.append("file", new File([text], "from-desktop.json", { type: "application/json" }));
      const response = await fetch("/share-target", { method: "POST", body: form });
      return new URL(response.url).pathname;
    }, JSON.stringify(manyRaces()));
    assert.equal(redirected, "/open");
    await goto("/open");
    await page.getByText("from-desktop.json").waitFor();
    await page.getByRole("button", { name: "Replace my data", exact: true }).tap();
    await page.getByRole("button", { name: "Yes, replace my data", exact: true }).tap();
    await page.getByRole("status").filter({ hasText: "Imported: your data is now the file's." }).waitFor();
    await nav(page).getByRole("link", { name: "Races", exact: true }).tap();
    await page.getByText("Harbour 1K").first().waitFor();
    // Taken once: opening the screen again waits for a new file.
    await goto("/open");
    await page.getByText("Waiting for a file.").waitFor();
  }));
