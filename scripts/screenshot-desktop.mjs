// Takes the README's desktop screenshot: the release desktop build under a virtual X display,
// opened on a runner's data with an A race in two days, saved as docs/screenshot-desktop.png.
// Usage: node scripts/screenshot-desktop.mjs BINARY [OUT.png]   (make screenshot)
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const [binary, out = "docs/screenshot-desktop.png"] = process.argv.slice(2);
if (!binary) {
  console.error("usage: node scripts/screenshot-desktop.mjs BINARY [OUT.png]");
  process.exit(2);
}

const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const at = (hoursAgo) => new Date(Date.now() - hoursAgo * 3_600_000).toISOString();
const race = (id, name, offset, priority, km) => ({
  id, name, date: day(offset), start_time: "09:00:00", time_zone: "Europe/London",
  distance_km: km, priority, outdoor: true, notes: "", updated_at: at(200),
});
const document = {
  schema_version: 4,
  profile: { display_name: "Sam", massage_budget_per_month: 2, tools: { foam_roller: true, stick: true, ball: false }, updated_at: at(200) },
  races: [race("race-1", "Harbour Half Marathon", 2, "A", 21.0975), race("race-2", "Park 10K", 26, "C", 10)],
  blocks: [{ id: "block-1", start: day(-30), end: day(-4), kind: "peak", speed_work: true, updated_at: at(200) }],
  log: [
    { id: "log-1", updated_at: at(150), at: at(150), kind: { type: "massage_received", kind: "general", pressure: "medium", before: null, with_therapist: true, notes: "" } },
    { id: "log-2", updated_at: at(20), at: at(20), kind: { type: "self_massage", routine_name: "Calf flush", seconds: 360 } },
  ],
};

let number = 80;
while (existsSync(`/tmp/.X11-unix/X${number}`)) number += 1;
const display = `:${number}`;
const server = spawn("Xvfb", [display, "-screen", "0", "1100x760x24", "-nolisten", "tcp"], { stdio: "ignore" });
const dataDir = mkdtempSync(path.join(tmpdir(), "fresh-legs-shot-"));
writeFileSync(path.join(dataDir, "fresh-legs.json"), JSON.stringify(document));
try {
  while (!existsSync(`/tmp/.X11-unix/X${number}`)) await sleep(50);
  const app = spawn(binary, [], {
    env: { ...process.env, DISPLAY: display, FRESH_LEGS_DATA_DIR: dataDir, FRESH_LEGS_PAINT_PROBE: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve, reject) => {
    app.stdout.on("data", (chunk) => chunk.toString().includes("first-paint") && resolve());
    app.once("exit", () => reject(new Error("the app quit before it painted")));
  });
  // Let the countdown and the fonts settle before the picture.
  await sleep(1_500);
  execFileSync("import", ["-display", display, "-window", "root", out]);
  app.kill("SIGTERM");
  console.log(`Saved ${out}`);
} finally {
  server.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
