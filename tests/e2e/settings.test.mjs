// Settings end to end: each setting is saved as it changes and survives leaving the screen and a
// reload, an unreadable stored document is set aside and reported, and the navigation works by
// keyboard on a desktop.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DESKTOP, DOCUMENT_KEY, PHONE, openFromNav, openSuite, seed } from "./support.mjs";

const UNREADABLE_PREFIX = "fresh-legs/unreadable-";

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

const readStorage = (page) => page.evaluate(() => ({ ...localStorage }));

test("each setting is saved as it changes: the theme applies at once and survives leaving the screen and a reload (phone)", () =>
  suite.withPage({ ...PHONE, timezoneId: "Europe/London" }, async ({ page, context, goto, reload }) => {
    await context.clock.install({ time: new Date("2027-03-01T09:00:00Z") });
    // A direct load of /settings also checks that the server falls back to the app.
    await goto("/settings");
    await page.getByRole("heading", { level: 1, name: "Settings", exact: true }).waitFor();

    const displayName = page.getByLabel("Display name", { exact: true });
    const units = page.getByLabel("Units", { exact: true });
    const theme = page.getByLabel("Theme", { exact: true });
    assert.deepEqual(
      await units.locator("option").evaluateAll((options) => options.map((o) => [o.value, o.textContent.trim()])),
      [
        ["km", "Kilometres"],
        ["mi", "Miles"],
      ],
    );
    assert.deepEqual(await theme.locator("option").allTextContents().then((t) => t.map((s) => s.trim())), [
      "System",
      "Light",
      "Dark",
      "Pure black",
    ]);
    assert.equal(await page.getByRole("button", { name: "Save settings" }).count(), 0, "nothing to press");

    // Dark applies the moment it is chosen.
    await theme.selectOption({ label: "Dark" });
    const darkValue = await theme.inputValue();
    await page.locator(`#main [data-theme="${darkValue}"]`).first().waitFor();
    await displayName.fill("Ada Lovelace");
    await units.selectOption("mi");
    // A refused value says why beside its field and keeps the stored one.
    await page.getByLabel("Professional massages per month", { exact: true }).fill("40");
    await page.getByText("Choose 0 to 8 massages a month, not 40.").waitFor();

    const stored = JSON.parse((await readStorage(page))[DOCUMENT_KEY]);
    // The version grows with each migration; the test only needs a versioned document.
    assert.ok(Number.isInteger(stored.schema_version) && stored.schema_version >= 1, "a schema_version");
    assert.deepEqual(stored.tombstones, []);
    assert.deepEqual(
      [stored.profile.display_name, stored.profile.units, stored.profile.theme, stored.profile.massage_budget_per_month],
      ["Ada Lovelace", "mi", darkValue, 1],
    );

    // Leaving the screen loses nothing, and the theme stays on the other screens.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today", exact: true }).tap();
    await page.getByRole("heading", { level: 1, name: "Today", exact: true }).waitFor();
    assert.equal(await page.locator("#main [data-theme]").first().getAttribute("data-theme"), darkValue);
    await openFromNav(page, "Settings");
    assert.equal(await displayName.inputValue(), "Ada Lovelace");
    assert.equal(await units.inputValue(), "mi");
    assert.equal(await theme.inputValue(), darkValue);

    await reload();
    await page.getByRole("heading", { level: 1, name: "Settings", exact: true }).waitFor();
    assert.equal(await displayName.inputValue(), "Ada Lovelace");
    assert.equal(await units.inputValue(), "mi");
    assert.equal(await theme.inputValue(), darkValue);
    assert.equal(await page.locator("#main [data-theme]").first().getAttribute("data-theme"), darkValue);
  }));

test("an unreadable stored document is set aside, kept and reported (phone)", () =>
  suite.withPage(PHONE, async ({ page, context, goto, reload }) => {
    const corrupt = '{"schema_version": 1, "profile": tru';
    await seed(context, corrupt);
    await goto("/");

    const alert = page.getByRole("alert").filter({ hasText: "could not be read" });
    await alert.waitFor();
    const asideKeys = Object.keys(await readStorage(page)).filter((key) => key.startsWith(UNREADABLE_PREFIX));
    assert.equal(asideKeys.length, 1, `one set-aside key, found: ${asideKeys}`);
    const message = await alert.textContent();
    assert.ok(message.includes(asideKeys[0]), `the banner names the key ${asideKeys[0]}: "${message}"`);

    await reload();
    assert.equal((await readStorage(page))[asideKeys[0]], corrupt, "the unreadable text is kept exactly");
  }));

test("the navigation is visible and works by keyboard (desktop)", () =>
  suite.withPage(DESKTOP, async ({ page, goto }) => {
    await goto("/");
    await page.getByRole("heading", { level: 1, name: "Today", exact: true }).waitFor();
    const nav = page.getByRole("navigation", { name: "Main", exact: true });
    assert.ok(await nav.isVisible(), "the Main navigation is visible");
    const today = nav.getByRole("link", { name: "Today", exact: true });
    const settings = nav.getByRole("link", { name: "Settings", exact: true });
    assert.ok(await today.isVisible(), "the Today link is visible");
    assert.ok(await settings.isVisible(), "the Settings link is visible");

    await tabUntilFocused(page, settings);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Settings", exact: true }).waitFor();
    assert.equal(new URL(page.url()).pathname, "/settings");

    await tabUntilFocused(page, today);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Today", exact: true }).waitFor();
    assert.equal(new URL(page.url()).pathname, "/");
  }));

/** Presses Tab until `locator` has the focus, as a keyboard user would; fails after 30 presses. */
async function tabUntilFocused(page, locator) {
  for (let presses = 0; presses < 30; presses += 1) {
    await page.keyboard.press("Tab");
    if (await locator.evaluate((element) => element === document.activeElement)) return;
  }
  assert.fail(`30 presses of Tab never reached ${locator}`);
}
