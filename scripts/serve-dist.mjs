// A tiny static server for the web build, bound to 127.0.0.1 only. No dependencies.
// CLI:    node scripts/serve-dist.mjs [port] [dir]   (port: argv, then $PORT, then 8765; 0 picks a free one)
// Module: const { url, close } = await serveDist({ root: "dist", port: 0 });
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const HOST = "127.0.0.1";
const DEFAULT_PORT = 8765;
const DEFAULT_ROOT = fileURLToPath(new URL("../dist", import.meta.url));

const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/** Maps a request path to a file under `root`, or null when it would leave `root`. */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function handle(root, request, response) {
  const send = (status, headers, body) => {
    response.writeHead(status, { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", ...headers });
    response.end(request.method === "HEAD" ? undefined : body);
  };
  if (request.method !== "GET" && request.method !== "HEAD") {
    return send(405, { Allow: "GET, HEAD", "Content-Type": "text/plain" }, "Method not allowed\n");
  }
  const urlPath = new URL(request.url, `http://${HOST}`).pathname;
  let file = resolveInside(root, urlPath);
  if (file === null) return send(400, { "Content-Type": "text/plain" }, "Bad path\n");

  if (!(await isFile(file))) {
    // SPA fallback: a path without an extension is a route of the app (a reload on /settings),
    // while a missing asset such as /missing.js stays a 404.
    if (path.extname(file) !== "") return send(404, { "Content-Type": "text/plain" }, "Not found\n");
    file = path.join(root, "index.html");
  }
  let body;
  try {
    body = await readFile(file);
  } catch {
    return send(404, { "Content-Type": "text/plain" }, "Not found\n");
  }
  const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
  send(200, { "Content-Type": type, "Content-Length": body.length }, body);
}

/**
 * Serves `root` on 127.0.0.1:`port` (0 picks a free port).
 * Resolves to { url, port, server, close }, where close() resolves once the server has stopped.
 */
export async function serveDist({ root = DEFAULT_ROOT, port = DEFAULT_PORT } = {}) {
  const absoluteRoot = path.resolve(root);
  const server = createServer((request, response) => {
    handle(absoluteRoot, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, { "Cache-Control": "no-store" });
      response.end();
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, HOST, resolve);
  });
  const actualPort = server.address().port;
  const close = () =>
    new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    });
  return { url: `http://${HOST}:${actualPort}`, port: actualPort, server, close };
}

const isCli = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isCli) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Not a port number: ${process.argv[2] ?? process.env.PORT}`);
    process.exit(2);
  }
  const root = path.resolve(process.argv[3] ?? DEFAULT_ROOT);
  if (!(await isFile(path.join(root, "index.html")))) {
    console.error(`No index.html in ${root}: build the web app first (make dist).`);
    process.exit(1);
  }
  const { url } = await serveDist({ root, port });
  console.log(`Serving ${root} at ${url}/ (loopback only; Ctrl+C stops)`);
}
