// The app in the runner's language: a browser set to French opens in French, its words fetched
// from the app's own files (English alone is in the start-up download) and kept by the service
// worker for offline use; a language chosen in Settings changes every screen at once and
// survives a reload; an export made in one language imports in another.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { readFile } from "node:fs/promises";
import { DESKTOP, DOCUMENT_KEY, PHONE, openSuite } from "./support.mjs";

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

test("a browser set to French opens in French, with its words kept for offline use", () =>
  suite.withPage({ ...PHONE, locale: "fr-FR" }, async ({ page, goto }) => {
    const fetched = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    await goto("/");
    const nav = page.getByRole("navigation").first();
    await nav.getByRole("link", { name: "Aujourd’hui" }).waitFor();
    assert.equal(await page.locator(".app").getAttribute("lang"), "fr");
    assert.equal(await page.getByRole("link", { name: "Today", exact: true }).count(), 0, "no English left in the bar");
    // French alone was fetched, from the app's own origin; no other language.
    const languages = fetched.filter((path) => path.startsWith("/languages/"));
    assert.deepEqual(languages, ["/languages/fr.ftl"]);

    // The service worker keeps every language's file with the app's others.
    const kept = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      const found = await Promise.all(["fr", "de", "es"].map((code) => caches.match(`/languages/${code}.ftl`)));
      return found.map((response) => response?.ok === true);
    });
    assert.deepEqual(kept, [true, true, true]);
  }));

test("a language chosen in Settings changes every screen at once and survives a reload", () =>
  suite.withPage(PHONE, async ({ page, goto, reload }) => {
    await goto("/settings");
    await page.getByRole("heading", { level: 1, name: "Settings", exact: true }).waitFor();
    await page.getByLabel("Language", { exact: true }).selectOption("de");

    // The screen and the bar, at once.
    await page.getByRole("heading", { level: 1, name: "Einstellungen", exact: true }).waitFor();
    const nav = page.getByRole("navigation").first();
    await nav.getByRole("link", { name: "Heute" }).waitFor();
    assert.equal(await page.locator(".app").getAttribute("lang"), "de");
    // Saved with the profile, by its key.
    await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? "{}").profile?.language === "de", DOCUMENT_KEY);

    await reload();
    await page.getByRole("heading", { level: 1, name: "Einstellungen", exact: true }).waitFor();
    await goto("/log");
    await page.getByRole("heading", { level: 1, name: "Tagebuch", exact: true }).waitFor();

    // Back to the device's language (English here), from the German form.
    await goto("/settings");
    await page.getByLabel("Sprache (Language)", { exact: true }).selectOption("device");
    await page.getByRole("heading", { level: 1, name: "Settings", exact: true }).waitFor();
  }));

test("an export made in Spanish imports in English: the file holds no words of the language it was made in", async () => {
  let exported;
  // In Spanish, the runner copies a built-in routine (the copy is saved under its English name)
  // and exports.
  await suite.withPage({ ...DESKTOP, locale: "es-ES" }, async ({ page, goto }) => {
    await goto("/timers");
    await page.getByRole("heading", { level: 1, name: "Temporizadores", exact: true }).waitFor();
    await page.locator("#duplicate-builtin-pre-race-flush").click();
    await page.waitForFunction((key) => (JSON.parse(localStorage.getItem(key) ?? "{}").routines ?? []).length === 1, DOCUMENT_KEY);
    await goto("/settings");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Exportar mis datos", exact: true }).click();
    exported = await readFile(await (await download).path(), "utf8");
  });
  assert.equal(JSON.parse(exported).routines[0].name, "Copy of Pre-race light flush");

  // A runner whose browser is in English merges it in, and reads it in English.
  await suite.withPage(DESKTOP, async ({ page, goto }) => {
    await goto("/settings");
    await page.getByLabel("Or paste an export here", { exact: true }).fill(exported);
    await page.getByRole("button", { name: "Check pasted data", exact: true }).click();
    await page.getByRole("button", { name: "Merge with my data", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Imported: the file is merged with your data." }).waitFor();
    await goto("/timers");
    await page.getByText("Copy of Pre-race light flush").first().waitFor();
    assert.equal(await page.locator(".app").getAttribute("lang"), "en");
  });
});
