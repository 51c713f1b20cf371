// Writes dist/sw.js: the service worker of assets/web/sw.js with this build's file list and a
// hash of their contents, so a new build replaces the cached copy and an unchanged one keeps it.
// Usage: node scripts/write-service-worker.mjs <dist-dir>
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dist = path.resolve(process.argv[2] ?? fileURLToPath(new URL("../dist", import.meta.url)));
const template = fileURLToPath(new URL("../assets/web/sw.js", import.meta.url));

/** Every file under `dir`, as sorted paths relative to it. */
async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)))
    .sort();
}

const files = (await filesUnder(dist)).filter((file) => file !== "sw.js");
const hash = createHash("sha256");
for (const file of files) {
  hash.update(file);
  hash.update(await readFile(path.join(dist, file)));
}
const build = hash.digest("hex").slice(0, 16);
const urls = ["/", ...files.map((file) => `/${file.split(path.sep).join("/")}`)];
const header = `const BUILD = ${JSON.stringify(build)};\nconst FILES = ${JSON.stringify(urls, null, 2)};\n\n`;
await writeFile(path.join(dist, "sw.js"), header + (await readFile(template, "utf8")));
console.log(`Service worker: ${urls.length} files cached as build ${build}`);
