// Desktop benchmarks against the Dioxus hello world, in the same run: the release binaries'
// sizes, and launch to first painted frame under a virtual X display (Xvfb), median of 5,
// alternating the two apps. Both print `first-paint` when FRESH_LEGS_PAINT_PROBE is set.
//
// Usage: node benches/desktop.mjs APP_BINARY HELLO_BINARY   prints the figures as one JSON line
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { median } from "./stats.mjs";

const LAUNCHES = 5;
const LAUNCH_TIMEOUT_MS = 60_000;

const [appBinary, helloBinary] = process.argv.slice(2).map((file) => path.resolve(file));
if (!appBinary || !helloBinary) {
  console.error("usage: node benches/desktop.mjs APP_BINARY HELLO_BINARY");
  process.exit(2);
}

/** Starts Xvfb on a free display and resolves to `{ display, stop }` once it accepts windows. */
async function startDisplay() {
  let number = 90;
  while (existsSync(`/tmp/.X11-unix/X${number}`)) number += 1;
  const server = spawn("Xvfb", [`:${number}`, "-screen", "0", "1280x900x24", "-nolisten", "tcp"], { stdio: "ignore" });
  for (let waited = 0; !existsSync(`/tmp/.X11-unix/X${number}`); waited += 50) {
    if (waited > 10_000) throw new Error("Xvfb did not start");
    await sleep(50);
  }
  return { display: `:${number}`, stop: () => server.kill() };
}

/** Milliseconds from spawning `binary` to its `first-paint` line; the app is closed after. */
function launchToPaint(binary, display, dataDir) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(binary, [], {
      env: { ...process.env, DISPLAY: display, FRESH_LEGS_PAINT_PROBE: "1", FRESH_LEGS_DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "ignore"],
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${binary} painted nothing within ${LAUNCH_TIMEOUT_MS} ms`));
    }, LAUNCH_TIMEOUT_MS);
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
      if (!output.includes("first-paint")) return;
      const painted = performance.now() - started;
      clearTimeout(timer);
      child.once("exit", () => resolve(painted));
      child.kill("SIGTERM");
    });
    child.once("error", reject);
  });
}

const { display, stop } = await startDisplay();
const dataDir = mkdtempSync(path.join(tmpdir(), "fresh-legs-bench-"));
try {
  const app = [];
  const hello = [];
  for (let run = 0; run < LAUNCHES; run += 1) {
    app.push(await launchToPaint(appBinary, display, dataDir));
    hello.push(await launchToPaint(helloBinary, display, dataDir));
  }
  console.log(
    JSON.stringify({
      binary_bytes: { app: statSync(appBinary).size, hello: statSync(helloBinary).size },
      first_paint_ms: { app: median(app), hello: median(hello), app_runs: app, hello_runs: hello },
    }),
  );
} finally {
  stop();
  rmSync(dataDir, { recursive: true, force: true });
}
