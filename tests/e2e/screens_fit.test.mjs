// Every screen at 360×740 (a small phone) with a busy runner's data, on a fixed clock, in English
// and in German: no text runs out of its box or is cut off by it, and no two tap targets
// overlap, so every word can be read and every tap lands where it was meant.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { SCREENS, busyRunner, open } from "./every_screen.mjs";
import { openSuite, seed } from "./support.mjs";

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

const NOW = new Date("2027-03-01T09:00:00Z");
const SMALL_PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, timezoneId: "Europe/London", clock: NOW };

/**
 * Text that leaves its box: each text node against the box that holds it (its nearest ancestor
 * laid out as a box, not an inline run), and boxes that cut their text off sideways.
 */
function overflowingText() {
  const problems = [];
  const skipped = "script, style, noscript, template, option, title, .visually-hidden, svg";
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const clipped = new Set();
  let checked = 0;
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = node.textContent.trim();
    const parent = node.parentElement;
    if (!text || !parent || parent.closest(skipped)) continue;
    if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    let box = parent;
    while (["inline", "contents"].includes(getComputedStyle(box).display) && box.parentElement) box = box.parentElement;
    range.selectNodeContents(node);
    const glyphs = range.getBoundingClientRect();
    if (glyphs.width === 0 || glyphs.height === 0) continue;
    checked += 1;
    const own = box.getBoundingClientRect();
    const style = getComputedStyle(box);
    // The box's content area: text may not run into the border either.
    const left = own.left + parseFloat(style.borderLeftWidth);
    const right = own.right - parseFloat(style.borderRightWidth);
    const what = `${box.tagName.toLowerCase()}${box.id ? `#${box.id}` : ""}${box.className && typeof box.className === "string" ? `.${box.className.split(" ").join(".")}` : ""} "${text.slice(0, 40)}"`;
    if (glyphs.left < left - 1 || glyphs.right > right + 1) {
      problems.push(`${what} runs out of its box sideways (text ${glyphs.left.toFixed(0)}–${glyphs.right.toFixed(0)}, box ${left.toFixed(0)}–${right.toFixed(0)})`);
    } else if (glyphs.top < own.top - 1 || glyphs.bottom > own.bottom + 1) {
      problems.push(`${what} runs out of its box (text ${glyphs.top.toFixed(0)}–${glyphs.bottom.toFixed(0)}, box ${own.top.toFixed(0)}–${own.bottom.toFixed(0)})`);
    }
    if (!clipped.has(box) && style.overflowX !== "visible" && box.scrollWidth > box.clientWidth + 1) {
      clipped.add(box);
      problems.push(`${what} is cut off: ${box.scrollWidth} px of text in ${box.clientWidth} px`);
    }
  }
  return { checked, problems };
}

/**
 * Tap targets whose boxes overlap. Boxes in the same scrolling area are compared whole (what is
 * below the fold today is on screen after a scroll); a box in a fixed bar is compared with the
 * part of the others that shows around it.
 */
function overlappingTargets() {
  const selector = "button, a[href], input, select, textarea, summary, label, [role=button], [tabindex='0']";
  const scroller = (element) => {
    for (let up = element.parentElement; up; up = up.parentElement) {
      if (/(auto|scroll)/.test(getComputedStyle(up).overflowY)) return up;
    }
    return document.documentElement;
  };
  const targets = [...document.querySelectorAll(selector)]
    .filter((element) => element.checkVisibility({ visibilityProperty: true }) && !element.closest("[inert]"))
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    })
    .map((element) => {
      const box = element.getBoundingClientRect();
      const area = scroller(element);
      const frame = area === document.documentElement ? { left: 0, top: 0, right: innerWidth, bottom: innerHeight } : area.getBoundingClientRect();
      const name = element.getAttribute("aria-label") || element.textContent.trim() || element.id || element.getAttribute("name") || "";
      return { element, area, box, frame, what: `${element.tagName.toLowerCase()} "${name.slice(0, 40)}"` };
    });
  const clip = (box, frame) => ({
    left: Math.max(box.left, frame.left),
    top: Math.max(box.top, frame.top),
    right: Math.min(box.right, frame.right),
    bottom: Math.min(box.bottom, frame.bottom),
  });
  const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
  const problems = [];
  for (const [index, a] of targets.entries()) {
    for (const b of targets.slice(index + 1)) {
      // A label holds its own control, a summary its heading: one target, not two.
      if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
      if (a.element.tagName === "LABEL" && a.element.control === b.element) continue;
      if (b.element.tagName === "LABEL" && b.element.control === a.element) continue;
      const same = a.area === b.area;
      const boxA = same ? a.box : clip(a.box, a.frame);
      const boxB = same ? b.box : clip(b.box, b.frame);
      if (overlap(boxA, boxB)) problems.push(`${a.what} and ${b.what} overlap`);
    }
  }
  return { checked: targets.length, problems };
}

/** Every screen at 360×740 in the page's language (`english` or not): what runs out of its box or overlaps. */
async function misfits({ page, context, goto }, english) {
  await seed(context, busyRunner("system", NOW.getTime()));
  const found = [];
  for (const screen of SCREENS) {
    await open(page, goto, screen, { english });
    // Every disclosure open, so what it hides is measured too.
    await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
    const text = await page.evaluate(overflowingText);
    const targets = await page.evaluate(overlappingTargets);
    console.log(
      `360×740 ${english ? "" : "(de) "}${screen.path}: ${text.problems.length} of ${text.checked} texts out of their box, ${targets.problems.length} overlaps among ${targets.checked} targets`,
    );
    found.push(...[...text.problems, ...targets.problems].map((line) => `${screen.path}: ${line}`));
  }
  return found;
}

test("no text overflows its box and no two tap targets overlap, on every screen (360×740)", () =>
  suite.withPage(SMALL_PHONE, async (opened) => {
    assert.deepEqual(await misfits(opened, true), [], "text out of its box or targets on top of each other at 360×740");
  }));

// German runs about 40 % longer than English: the tightest test of every box.
test("in German too, on a phone set to German (360×740)", () =>
  suite.withPage({ ...SMALL_PHONE, locale: "de-DE" }, async (opened) => {
    const found = await misfits(opened, false);
    assert.equal(await opened.page.locator(".app").getAttribute("lang"), "de", "the app speaks the phone's German");
    assert.deepEqual(found, [], "German text out of its box or targets on top of each other at 360×740");
  }));
