// axe-core on every screen with real data in it, in the light, dark and pure black themes: the
// checks of axe_phone.test.mjs and axe_desktop.test.mjs, one file per viewport so each finishes
// well within the test timeout on a busy 2-core machine (about 50 s each).
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { after, before, test } from "node:test";
import { SCREENS, busyRunner, open } from "./every_screen.mjs";
import { openSuite, seed } from "./support.mjs";

const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
// The WCAG 2.2 A and AA rules plus axe's best practices (landmarks, headings, one main, …).
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** Runs axe on the page and returns its violations, one readable line each. */
async function axeViolations(page) {
  // `evaluate` runs outside the page's Content-Security-Policy, which would refuse an injected script.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }).then((result) => result.violations),
    AXE_TAGS,
  );
  return violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

/** Registers one test per theme: axe finds no violations on any screen at `viewport`. */
export function axeOnEveryScreen(viewportName, viewport) {
  let suite;
  before(async () => {
    suite = await openSuite();
  });
  after(() => suite?.close());

  for (const [themeName, theme, colorScheme] of [
    ["light", "system", "light"],
    ["dark", "system", "dark"],
    ["pure black", "black", "dark"],
  ]) {
    test(`axe finds no violations on any screen (${viewportName}, ${themeName})`, () =>
      suite.withPage({ ...viewport, colorScheme }, async ({ page, context, goto }) => {
        await seed(context, busyRunner(theme));
        const found = [];
        for (const screen of SCREENS) {
          await open(page, goto, screen);
          const violations = await axeViolations(page);
          console.log(`axe ${viewportName} ${themeName} ${screen.path}: ${violations.length} violations`);
          found.push(...violations.map((line) => `${screen.path}: ${line}`));
        }
        assert.deepEqual(found, [], "axe-core found accessibility violations");
      }));
  }
}
