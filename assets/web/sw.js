// The service worker: keeps this build's files in a cache so the app opens with no network.
// scripts/write-service-worker.mjs puts BUILD (a hash of the files) and FILES (their paths) above
// this text when the web app is built, so each build gets a cache of its own.
//
// Cache first: the app's files only change with a new build, and a new build brings a new sw.js,
// which the browser notices on the next visit, installs, and uses from the visit after. The
// runner's data is in localStorage, never in this cache.
const CACHE = `fresh-legs-${BUILD}`;
const SHELL = "/index.html";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // `reload` skips the HTTP cache, so the cache holds exactly this build's files.
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => name.startsWith("fresh-legs-") && name !== CACHE).map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// A file shared to the installed app (the manifest's share target) arrives as a form post. It is
// kept in a cache of its own, outside the versioned ones, until the Open screen takes it
// (share.js), and the runner is sent there.
const INCOMING_CACHE = "incoming-files";
async function keepSharedFile(request) {
  const form = await request.formData();
  const file = form.get("file");
  if (file instanceof File) {
    const cache = await caches.open(INCOMING_CACHE);
    const headers = { "X-File-Name": encodeURIComponent(file.name) };
    await cache.put("/incoming-file", new Response(file, { headers }));
  }
  return Response.redirect("/open", 303);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method === "POST" && new URL(request.url).pathname === "/share-target") {
    event.respondWith(keepSharedFile(request));
    return;
  }
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  // Every page of the app is the same index.html: the router inside picks the screen.
  const cached = request.mode === "navigate" ? caches.match(SHELL) : caches.match(request);
  event.respondWith(cached.then((response) => response ?? fetch(request)));
});
