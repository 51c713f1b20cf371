// Accessibility end to end, on every screen with real data in it: every control is at least 44×44
// px, the whole screen is reachable by keyboard with a visible focus ring, text at 200 % needs no
// sideways scrolling at 390 px, and reduced motion turns transitions off. axe-core's checks are in
// axe_phone.test.mjs and axe_desktop.test.mjs (each file must finish within the test timeout).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { SCREENS, busyRunner, open } from "./every_screen.mjs";
import { DESKTOP, PHONE, openSuite, seed } from "./support.mjs";

const MIN_TARGET_PX = 44;

let suite;
before(async () => {
  suite = await openSuite();
});
after(() => suite?.close());

/**
 * The touch target of every visible control: its own box, or for a checkbox or radio button its
 * label's box too, since tapping the label works the control.
 */
function measureTargets() {
  const selector = "button, a[href], input, select, textarea, summary, [role=button], [role=radio], [role=checkbox], [tabindex='0']";
  const visible = (element) => {
    const box = element.getBoundingClientRect();
    return element.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.bottom > 0 && box.right > 0;
  };
  return [...document.querySelectorAll(selector)].filter(visible).map((element) => {
    const boxes = [element.getBoundingClientRect()];
    if (element.labels && ["checkbox", "radio"].includes(element.type)) {
      boxes.push(...[...element.labels].map((label) => label.getBoundingClientRect()));
    }
    const name = element.getAttribute("aria-label") || element.textContent.trim() || element.id || element.getAttribute("name") || "";
    return {
      what: `${element.tagName.toLowerCase()} "${name.slice(0, 40)}"`,
      width: Math.max(...boxes.map((box) => box.width)),
      height: Math.max(...boxes.map((box) => box.height)),
    };
  });
}

for (const [viewportName, viewport] of [
  ["phone", PHONE],
  ["desktop", DESKTOP],
]) {
  test(`every button, link and input is at least 44×44 px (${viewportName})`, () =>
    suite.withPage(viewport, async ({ page, context, goto }) => {
      await seed(context, busyRunner("system"));
      const small = [];
      for (const screen of SCREENS) {
        await open(page, goto, screen);
        const targets = await page.evaluate(measureTargets);
        const smallest = targets.reduce((min, t) => Math.min(min, t.width, t.height), Infinity);
        console.log(`44 px ${viewportName} ${screen.path}: ${targets.length} controls, smallest side ${smallest.toFixed(0)} px`);
        for (const target of targets) {
          // Half a pixel of rounding: layout boxes are fractional.
          if (target.width < MIN_TARGET_PX - 0.5 || target.height < MIN_TARGET_PX - 0.5) {
            small.push(`${screen.path}: ${target.what} is ${target.width.toFixed(1)}×${target.height.toFixed(1)} px`);
          }
        }
      }
      assert.deepEqual(small, [], "touch targets smaller than 44×44 px");
    }));
}

/** What the focused element is, and whether a focus ring is drawn around it. */
function describeFocus() {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const style = getComputedStyle(element);
  const ring = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
  const name = element.getAttribute("aria-label") || element.textContent.trim() || element.id || "";
  return { key: element.dataset.focusProbe, what: `${element.tagName.toLowerCase()} "${name.slice(0, 40)}"`, ring };
}

test("every control on every screen is reached by Tab and shows a focus ring (desktop)", () =>
  suite.withPage(DESKTOP, async ({ page, context, goto }) => {
    await seed(context, busyRunner("system"));
    const problems = [];
    for (const screen of SCREENS) {
      // The player's clock would keep changing the page under the probe; its keys have their own test.
      if (screen.path.startsWith("/timers/play/")) continue;
      await open(page, goto, screen);
      // Tag every control a keyboard user must be able to reach.
      const controls = await page.evaluate(() => {
        const selector = "button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex='0']";
        const reachable = [...document.querySelectorAll(selector)].filter(
          (element) => element.checkVisibility({ visibilityProperty: true }) && !element.closest("[inert]"),
        );
        reachable.forEach((element, index) => (element.dataset.focusProbe = String(index)));
        return reachable.length;
      });
      const reached = new Set();
      // Date and time inputs take a Tab stop per part (day, month, year), so allow several presses
      // per control; stop once every control has had the focus.
      for (let press = 0; press < controls * 4 + 10 && reached.size < controls; press += 1) {
        await page.keyboard.press("Tab");
        const focus = await page.evaluate(describeFocus);
        if (!focus) continue;
        if (!focus.ring) problems.push(`${screen.path}: ${focus.what} has no visible focus ring`);
        if (focus.key !== undefined) reached.add(focus.key);
      }
      const missed = await page.evaluate(
        (keys) =>
          [...document.querySelectorAll("[data-focus-probe]")]
            .filter((element) => !keys.includes(element.dataset.focusProbe))
            .filter((element) => !(element.type === "radio" && !element.checked && element.name))
            .map((element) => `${element.tagName.toLowerCase()} "${(element.getAttribute("aria-label") || element.textContent.trim() || element.id).slice(0, 40)}"`),
        [...reached],
      );
      console.log(`keyboard ${screen.path}: ${reached.size} of ${controls} controls reached by Tab`);
      problems.push(...missed.map((what) => `${screen.path}: ${what} is never reached by Tab`));
    }
    assert.deepEqual(problems, [], "keyboard access problems");
  }));

test("text at 200 % needs no sideways scrolling on any screen (phone, 390 px)", () =>
  suite.withPage(PHONE, async ({ page, context, goto }) => {
    await seed(context, busyRunner("system"));
    const wide = [];
    for (const screen of SCREENS) {
      await open(page, goto, screen);
      // Text-only zoom, as a phone's font-size setting does: every size in rem doubles.
      const overflow = await page.evaluate(async () => {
        document.documentElement.style.fontSize = "200%";
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        // The page and the screen's own scrolling box (the navigation bar stays put below it).
        const boxes = [document.scrollingElement, document.querySelector("main")];
        return {
          scroll: Math.max(...boxes.map((box) => box.scrollWidth)),
          view: Math.min(...boxes.map((box) => box.clientWidth)),
        };
      });
      console.log(`200 % ${screen.path}: content ${overflow.scroll} px in a ${overflow.view} px viewport`);
      if (overflow.scroll > overflow.view) wide.push(`${screen.path}: ${overflow.scroll} px wide in ${overflow.view} px`);
    }
    assert.deepEqual(wide, [], "screens that scroll sideways at 200 % text");
  }));

test("reduced motion turns transitions and animations off; the pure black theme is black", () =>
  suite.withPage({ ...PHONE, reducedMotion: "reduce" }, async ({ page, context, goto }) => {
    await seed(context, busyRunner("black"));
    await open(page, goto, SCREENS[0]);
    const motion = await page.evaluate(() => {
      const app = document.querySelector(".app");
      const durations = [...document.querySelectorAll("*")].map((element) => getComputedStyle(element).transitionDuration);
      return {
        background: getComputedStyle(app).backgroundColor,
        token: getComputedStyle(app).getPropertyValue("--motion").trim(),
        moving: durations.filter((duration) => duration.split(",").some((part) => parseFloat(part) > 0)).length,
        animations: document.getAnimations().filter((animation) => animation.playState === "running").length,
      };
    });
    assert.equal(motion.background, "rgb(0, 0, 0)");
    assert.equal(motion.token, "0ms");
    assert.equal(motion.moving, 0, "elements that still transition under reduced motion");
    assert.equal(motion.animations, 0, "animations that still run under reduced motion");
  }));
