// Files in and out of the app. Out: on a phone an export opens the share sheet with the file (Web
// Share with files), so it can go to the runner's own messages, mail or drive; elsewhere it is a
// download. In: a Fresh Legs export opened with the installed app (the manifest's file handler,
// through `launchQueue`) or shared to it (the manifest's share target; sw.js keeps the file)
// waits here until the Open screen takes it.
globalThis.freshLegsShare ??= (() => {
  /** The cache sw.js keeps a shared file in (outside the app's versioned caches). */
  const INCOMING_CACHE = "incoming-files";
  const INCOMING_KEY = "/incoming-file";

  function download(fileName, mime, text) {
    const url = URL.createObjectURL(new Blob([text], { type: mime }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    // The browser has started the download by now; the delay only spares a slow one.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** Shares or downloads the file; says which, so the app can tell the runner where it went. */
  function sendOut(fileName, mime, text) {
    const file = new File([text], fileName, { type: mime });
    const phone = matchMedia("(pointer: coarse)").matches;
    if (phone && navigator.canShare?.({ files: [file] })) {
      navigator.share({ files: [file], title: fileName }).catch((error) => {
        // Closing the sheet is the runner's answer; any other failure falls back to a download.
        if (error?.name !== "AbortError") download(fileName, mime, text);
      });
      return "shared";
    }
    download(fileName, mime, text);
    return "downloaded";
  }

  /** The file waiting to be opened, as { name, text }, or null. */
  let incoming = null;
  const receive = (name, text) => (incoming = { name, text });

  if ("launchQueue" in window) {
    launchQueue.setConsumer(async (params) => {
      for (const handle of params.files ?? []) {
        const file = await handle.getFile();
        receive(file.name, await file.text());
      }
    });
  }
  if ("caches" in window) {
    caches
      .open(INCOMING_CACHE)
      .then((cache) => cache.match(INCOMING_KEY))
      .then(async (response) => {
        if (response) receive(decodeURIComponent(response.headers.get("X-File-Name") ?? "shared file"), await response.text());
      })
      .catch(() => {});
  }

  /** Hands over the waiting file (JSON text of { name, text }, or "" when there is none) once. */
  function takeIncoming() {
    if (!incoming) return "";
    const taken = JSON.stringify(incoming);
    incoming = null;
    caches?.open(INCOMING_CACHE).then((cache) => cache.delete(INCOMING_KEY)).catch(() => {});
    return taken;
  }

  freshLegsDevice.define({ "send-file": sendOut, "take-incoming": takeIncoming });
  return true;
})();
