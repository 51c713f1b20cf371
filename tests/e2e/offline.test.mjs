// The installable web app: a manifest with icons, a Content-Security-Policy that allows only this
// site, and a service worker that keeps the app's files so that, after one visit, the app opens
// and works with the network off.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DOCUMENT_KEY, PHONE, dateInDays, openSuite, seed, openFromNav } from "./support.mjs";

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

const nav = (page) => page.getByRole("navigation", { name: "Main" });

test("after one visit the app opens offline, with the runner's data (phone)", () =>
  suite.withPage(PHONE, async ({ page, context, goto, reload }) => {
    await seed(context, {
      schema_version: 4,
      profile: { display_name: "Sam" },
      races: [
        {
          id: "race-offline-1",
          name: "Lakeside 10K",
          date: dateInDays(9),
          start_time: "09:00:00",
          time_zone: "UTC",
          distance_km: 10,
          priority: "B",
          outdoor: true,
          notes: "",
          updated_at: "2026-11-01T08:00:00Z",
        },
      ],
    });
    await goto("/");
    // The service worker takes over this page once it has cached every file of the build.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
      }
    });

    await context.setOffline(true);
    await reload();
    await page.getByRole("timer", { name: "Time until Lakeside 10K starts" }).waitFor();
    await page.getByRole("list", { name: "Recommendations", exact: true }).waitFor();

    // Another screen, by link and by a reload on its own address.
    await nav(page).getByRole("link", { name: "Races" }).click();
    await page.getByRole("heading", { level: 1, name: "Races", exact: true }).waitFor();
    await reload();
    await page.getByRole("heading", { level: 1, name: "Races", exact: true }).waitFor();
    assert.match(await page.locator("main").innerText(), /Lakeside 10K/);

    // Changes made offline are kept: they live on the device, not on a server.
    await openFromNav(page, "Settings");
    const name = page.getByLabel("Display name", { exact: true });
    await name.fill("Sam offline");
    // Saved as typed: no button to press.
    await page.waitForFunction((key) => localStorage.getItem(key)?.includes("Sam offline"), DOCUMENT_KEY);
    await reload();
    assert.equal(await page.getByLabel("Display name", { exact: true }).inputValue(), "Sam offline");
  }));

test("the page allows only its own files, and the manifest names the app and its icons", () =>
  suite.withPage(PHONE, async ({ page, goto, expectConsoleError }) => {
    const { baseUrl } = suite;
    await goto("/");
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    assert.match(policy, /default-src 'self'/);
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(policy, /'unsafe-eval'|https?:|\*/, "no eval, no other sites, no wildcards");

    // An injected inline script is refused: only the site's own script files run.
    expectConsoleError(/Content Security Policy/);
    const ran = await page.evaluate(async () => {
      window.__injected = false;
      const script = document.createElement("script");
      script.textContent = "window.__injected = true";
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return window.__injected;
    });
    assert.equal(ran, false, "an inline script ran despite the Content-Security-Policy");

    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
    const manifest = await (await page.request.get(new URL(manifestHref, baseUrl).href)).json();
    assert.equal(manifest.name, "Fresh Legs");
    assert.equal(manifest.display, "standalone");
    assert.equal(manifest.start_url, "/");
    const sizes = manifest.icons.map((icon) => icon.sizes);
    assert.ok(sizes.includes("192x192") && sizes.includes("512x512"), `icons of 192 and 512 px, got ${sizes}`);
    for (const icon of manifest.icons) {
      const response = await page.request.get(new URL(icon.src, baseUrl).href);
      assert.equal(response.status(), 200, `${icon.src} is served`);
      assert.equal(response.headers()["content-type"], icon.type);
    }
  }));

test("a start-up fetches its code in one round: four files the page names itself", () =>
  // The real clock: Playwright's fake one stands in for `performance`, whose resource entries
  // this test reads; nothing here depends on the date.
  suite.withPage({ ...PHONE, clock: null }, async ({ page, goto }) => {
    await goto("/");
    // The glue's snippets are bundled into it, and the device scripts are one file: none of it
    // waits for another file to arrive before being asked for.
    const code = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => /\.(js|wasm)$/.test(path))
        .sort(),
    );
    assert.deepEqual(code, ["/boot.js", "/device.js", "/fresh-legs.js", "/fresh-legs_bg.wasm"]);
  }));

