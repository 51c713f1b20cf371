// Today and the Timers catalogue in two columns on a wide window (1280×800, 1920×1080): what to do
// (or the routines) on the left, the day's lists (or the history and routine files) beside it,
// their tops level; on a phone one column in the same order, the second part below the first; in
// both, no part of a column touches the next.
// Screenshots of Today at both sizes go to docs/ when SCREENSHOTS=1.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { busyRunner } from "./every_screen.mjs";
import { PHONE, openSuite, seed } from "./support.mjs";

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

const MAIN = ".two-columns > .column-main";
const SIDE = ".two-columns > .column-side";
const screens = [
  { path: "/", sideHeading: "Home care" },
  { path: "/timers", sideHeading: "Share routines" },
];

async function columns(page, { path, sideHeading }, goto) {
  await goto(path);
  await page.locator(SIDE).getByRole("heading", { name: sideHeading }).waitFor();
  return [await page.locator(MAIN).boundingBox(), await page.locator(SIDE).boundingBox()];
}

/** The parts of each column that come closer than 8 px to the next one below them (a button at
 * the end of one section sitting on the next card, say), as "first → second" by class. */
function touching(page) {
  return page.evaluate((selectors) => {
    const found = [];
    for (const selector of selectors) {
      // An empty status line takes no room; it is not a part that can touch.
      const parts = [...document.querySelector(selector).children].filter((part) => part.getBoundingClientRect().height > 0);
      for (let index = 1; index < parts.length; index += 1) {
        const gap = parts[index].getBoundingClientRect().top - parts[index - 1].getBoundingClientRect().bottom;
        if (gap < 8) found.push(`${parts[index - 1].className} → ${parts[index].className} (${Math.round(gap)} px)`);
      }
    }
    return found;
  }, [MAIN, SIDE]);
}

for (const [width, height] of [[1280, 800], [1920, 1080]]) {
  test(`Today and Timers in two columns at ${width}×${height}`, () =>
    suite.withPage({ viewport: { width, height } }, async ({ page, context, goto }) => {
      await seed(context, busyRunner("system"));
      for (const screen of screens) {
        const [left, right] = await columns(page, screen, goto);
        assert.ok(right.x >= left.x + left.width, `${screen.path}: the second column is beside the first`);
        assert.ok(Math.abs(right.y - left.y) < 2, `${screen.path}: both columns start at the top`);
        assert.ok(left.width > 400 && right.width > 280, `${screen.path}: columns ${left.width} and ${right.width} px wide`);
        // Nothing wider than its column, and no sideways scrolling.
        const overflow = await page.evaluate((selectors) =>
          selectors.filter((selector) => {
            const element = document.querySelector(selector);
            return element.scrollWidth > element.clientWidth + 1;
          }), [MAIN, SIDE, "html"]);
        assert.deepEqual(overflow, [], `${screen.path}: content wider than its box`);
        assert.deepEqual(await touching(page), [], `${screen.path}: parts of a column that touch`);
        if (process.env.SCREENSHOTS === "1" && screen.path === "/") {
          await page.screenshot({ path: `docs/screenshot-today-${width}x${height}.png` });
        }
      }
    }));
}

test("Today and Timers in one column on a phone", () =>
  suite.withPage(PHONE, async ({ page, context, goto }) => {
    await seed(context, busyRunner("system"));
    for (const screen of screens) {
      const [first, second] = await columns(page, screen, goto);
      assert.ok(second.y >= first.y + first.height - 1, `${screen.path}: the second part follows the first`);
      assert.ok(Math.abs(second.x - first.x) < 2, `${screen.path}: one column`);
      assert.deepEqual(await touching(page), [], `${screen.path}: parts of a column that touch`);
    }
  }));
