// Screens that behave as on a phone: a newly opened screen starts at its top, Back returns to
// where the runner was on the screen before, and a form that gains an error brings its first
// error into view. The screen scrolls inside `#content` (see shell.css), not the window, so the
// browser's own scroll restoration never sees it; this script keeps the positions itself.
globalThis.freshLegsScreen ??= (() => {
  /** The last scroll position of each path's screen. */
  const positions = new Map();
  /** Set by Back or Forward: where the screen now opening was left, or null for a new visit. */
  let restore = null;

  // By the time popstate fires the address is already the screen being returned to; the position
  // is taken now, before the old screen's scrolling can be recorded under the new address.
  addEventListener("popstate", () => {
    restore = positions.get(location.pathname) ?? 0;
  });
  // Scroll events do not bubble; capture sees the content box's.
  document.addEventListener(
    "scroll",
    (event) => {
      if (event.target instanceof Element && event.target.id === "content") {
        positions.set(location.pathname, event.target.scrollTop);
      }
    },
    true,
  );

  /** Watches a screen still growing towards the place Back returns to; see screenOpened. */
  let growing = null;

  /** Called by the app after each new screen is on the page. */
  function screenOpened() {
    const content = document.getElementById("content");
    if (!content) return;
    const target = restore ?? 0;
    restore = null;
    growing?.disconnect();
    growing = null;
    content.scrollTop = target;
    // A screen draws what lies below its first view a frame after its top (BelowTheFold), so a
    // place down there may not exist yet: scroll to it as the page grows to it, once.
    if (content.scrollTop < target && content.firstElementChild) {
      const observer = new ResizeObserver(() => {
        content.scrollTop = target;
        if (content.scrollTop >= target) {
          observer.disconnect();
        }
      });
      observer.observe(content.firstElementChild);
      growing = observer;
      // The rest comes within a frame or two; past that a change of size is the runner's own
      // doing (a card opened) and must not move the screen.
      setTimeout(() => observer.disconnect(), 2000);
    }
  }

  // The runner's own choice in Settings beats the device's (see main.css).
  function reducedMotion() {
    const choice = document.querySelector(".app")?.dataset.motion;
    return choice === "reduce" || (choice !== "full" && matchMedia("(prefers-reduced-motion: reduce)").matches);
  }

  // Errors appear after a save was refused, often far above the button that was pressed.
  function revealFirstError(added) {
    const scope = added.closest("form") ?? document;
    const first = scope.querySelector(".field-error");
    (first?.closest(".field") ?? first)?.scrollIntoView({ block: "center", behavior: reducedMotion() ? "auto" : "smooth" });
  }
  // The page's errors as a live list, so a change without one (nearly every change, and all of
  // the first render) costs a length check rather than a search under each added node.
  const errors = document.getElementsByClassName("field-error");
  const shown = new WeakSet();
  new MutationObserver(() => {
    if (errors.length === 0) return;
    let added = null;
    for (const error of errors) {
      if (shown.has(error)) continue;
      shown.add(error);
      added ??= error;
    }
    // One scroll per change: the first error of the form, wherever it is.
    if (added) revealFirstError(added);
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    // A message can also become an error by its class (the data screen's file messages).
    attributes: true,
    attributeFilter: ["class"],
  });

  freshLegsDevice.define({ "screen-opened": screenOpened });
  return true;
})();
