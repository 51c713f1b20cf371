// How far the guided player's displayed end is from the wall-clock end of a 20-second routine,
// measured inside the page. Shared by the browser test and the benchmarks (`make bench`).
import { DOCUMENT_KEY } from "./support.mjs";

const ROUTINE_NAME = "Twenty seconds";

/** 15 s of work after the default 5 s get-ready countdown: 20 s in all. */
const TWENTY_SECOND_DOCUMENT = {
  schema_version: 4,
  routines: [
    {
      id: "routine-twenty",
      name: ROUTINE_NAME,
      built_in: false,
      updated_at: "2026-11-26T08:00:00Z",
      steps: [{ muscle: "quads", tool: "foam_roller", side: "both", seconds: 15, pressure: { min: 4, max: 6 }, instruction: "" }],
    },
  ],
};

/**
 * Plays the 20-second routine from the Timers screen and resolves to `{ drift, firstFrame }` in
 * milliseconds: how late the end showed after 20 s from the tap, and how long the player took
 * to show its first frame. The timer starts when the player opens, so the tap is the honest
 * wall-clock start: the drift includes opening the player as well as the lateness of the last tick.
 */
export async function measureTimerDrift({ page, goto, reload }) {
  await goto("/timers");
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [DOCUMENT_KEY, JSON.stringify(TWENTY_SECOND_DOCUMENT)]);
  await reload();

  // Record, inside the page, the instants of the tap, of the player first showing the routine
  // (its displayed start) and of the player first showing the end.
  await page.evaluate((name) => {
    window.__drift = {};
    document.addEventListener(
      "click",
      (event) => {
        if (event.target.closest("button")?.textContent.trim() === `Start ${name}`) {
          window.__drift.start = performance.now();
        }
      },
      true,
    );
    new MutationObserver(() => {
      const heading = document.querySelector(".player-title");
      if (window.__drift.shown === undefined && heading?.textContent.trim() === "Get ready") {
        window.__drift.shown = performance.now();
      }
      if (window.__drift.end === undefined && heading?.textContent.trim() === "Done") {
        window.__drift.end = performance.now();
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, ROUTINE_NAME);
  await page.getByRole("button", { name: `Start ${ROUTINE_NAME}`, exact: true }).click();
  await page.locator(".player-title").filter({ hasText: "Done" }).waitFor({ timeout: 30_000 });
  const { start, shown, end } = await page.evaluate(() => window.__drift);
  return { drift: end - start - 20_000, firstFrame: shown - start };
}
