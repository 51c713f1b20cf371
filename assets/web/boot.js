// Starts the app, then installs the service worker that keeps a copy of the app's files, so the
// next visit opens without a network. It is registered after the app is up, so it never
// competes with the first start for the wasm download.
import init from "/fresh-legs.js";

await init({ module_or_path: "/fresh-legs_bg.wasm" });

if ("serviceWorker" in navigator) {
  // A browser that refuses (private mode, file://) still runs the app; it only needs the network.
  navigator.serviceWorker.register("/sw.js").catch(() => {});
}
