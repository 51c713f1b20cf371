// The web bundle's size: wasm and JavaScript (the wasm-bindgen glue, its snippets and the page's
// own scripts), raw and gzip, each file compressed on its own as a server would send it. What is
// under on-demand/ (the training-file reader, fetched at the first import) is not part of a
// start-up: it is counted apart, and the ratio is of what a start-up fetches.
//
// Usage: node scripts/bundle-size.mjs DIST                    prints the table
//        node scripts/bundle-size.mjs DIST --json             prints the figures as JSON
//        node scripts/bundle-size.mjs DIST --against BASE --max-ratio R
//             prints both tables and fails when DIST's gzip total is over R times BASE's
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** The folder of `dist` whose files are fetched only when a feature needs them. */
export const ON_DEMAND = "on-demand";

/** Raw and gzip bytes of the wasm and the JavaScript under `dist`; `on_demand` apart. */
export async function bundleSize(dist) {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  const empty = () => ({ files: 0, raw: 0, gzip: 0 });
  const sizes = { wasm: empty(), js: empty(), on_demand: empty() };
  for (const entry of entries) {
    const kind = { ".wasm": "wasm", ".js": "js" }[path.extname(entry.name)];
    if (!entry.isFile() || !kind) continue;
    const folder = entry.parentPath ?? entry.path;
    const bytes = await readFile(path.join(folder, entry.name));
    const on = path.relative(dist, folder).split(path.sep)[0] === ON_DEMAND ? sizes.on_demand : sizes[kind];
    on.files += 1;
    on.raw += bytes.length;
    on.gzip += gzipSync(bytes, { level: 9 }).length;
  }
  const total = {
    files: sizes.wasm.files + sizes.js.files,
    raw: sizes.wasm.raw + sizes.js.raw,
    gzip: sizes.wasm.gzip + sizes.js.gzip,
  };
  return { ...sizes, total };
}

function table(dist, sizes) {
  const row = (...cells) => `${cells[0].padEnd(6)} ${String(cells[1]).padStart(5)} ${String(cells[2]).padStart(12)} ${String(cells[3]).padStart(12)}`;
  return [
    `Web bundle (${dist}):`,
    row("kind", "files", "raw bytes", "gzip bytes"),
    ...["wasm", "js", "total"].map((kind) => row(kind, sizes[kind].files, sizes[kind].raw, sizes[kind].gzip)),
    ...(sizes.on_demand.files > 0
      ? [`${ON_DEMAND} (not in the total: fetched at first use)`, row("", sizes.on_demand.files, sizes.on_demand.raw, sizes.on_demand.gzip)]
      : []),
  ].join("\n");
}

const isCli = process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname;
if (isCli) {
  const [dist, ...options] = process.argv.slice(2);
  if (!dist) {
    console.error("usage: node scripts/bundle-size.mjs DIST [--json] [--against BASE --max-ratio R]");
    process.exit(2);
  }
  const option = (name) => {
    const at = options.indexOf(name);
    return at >= 0 ? options[at + 1] : undefined;
  };
  const sizes = await bundleSize(dist);
  if (options.includes("--json")) {
    console.log(JSON.stringify(sizes));
  } else {
    console.log(table(dist, sizes));
  }
  const base = option("--against");
  if (base) {
    const maxRatio = Number(option("--max-ratio"));
    const baseSizes = await bundleSize(base);
    const ratio = sizes.total.gzip / baseSizes.total.gzip;
    console.log(table(base, baseSizes));
    console.log(`gzip total: ${ratio.toFixed(2)}× the baseline (limit ${maxRatio}×)`);
    if (!(ratio <= maxRatio)) {
      console.error(`The web bundle is ${ratio.toFixed(2)}× the baseline, over the ${maxRatio}× limit.`);
      process.exit(1);
    }
  }
}
