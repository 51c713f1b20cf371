// Takes the README's phone screenshots: the player, Today, Log and Aromatherapy at 390×844, in the
// light and the dark theme, from the web build in dist/ driven by the browser tests' Chromium, on
// a fixed clock (1 March 2027, 09:00 in London) and the busy runner's data of the browser tests,
// so a retake differs only where the app changed. Saved in docs/screenshots/.
// Usage: node scripts/screenshots-phone.mjs [OUT_DIR]   (make screenshots)
import { mkdirSync } from "node:fs";
import path from "node:path";
import { SCREENS, busyRunner, open } from "../tests/e2e/every_screen.mjs";
import { PHONE, openSuite, seed } from "../tests/e2e/support.mjs";

const out = process.argv[2] ?? "docs/screenshots";
const NOW = new Date("2027-03-01T09:00:00Z");
const SHOTS = [
  ["player", "/timers/play/builtin-pre-race-flush"],
  ["today", "/"],
  ["log", "/log"],
  ["aromatherapy", "/aromatherapy"],
];

mkdirSync(out, { recursive: true });
const suite = await openSuite();
try {
  for (const colorScheme of ["light", "dark"]) {
    for (const [name, route] of SHOTS) {
      const screen = SCREENS.find((candidate) => candidate.path === route);
      await suite.withPage({ ...PHONE, colorScheme, timezoneId: "Europe/London", clock: NOW }, async ({ page, context, goto }) => {
        await seed(context, busyRunner("system", NOW.getTime()));
        await open(page, goto, screen);
        // Held still a little after the start: the player 15 s into its first step, every
        // countdown on the same second in every retake.
        await page.clock.pauseAt(new Date(NOW.getTime() + 20_000));
        // The page's own frames wait on the paused clock; a moment of real time lets it paint.
        await page.waitForTimeout(500);
        const file = path.join(out, `${name}-${colorScheme}.png`);
        await page.screenshot({ path: file, animations: "disabled", caret: "hide" });
        console.log(`wrote ${file}`);
      });
    }
  }
} finally {
  await suite.close();
}
