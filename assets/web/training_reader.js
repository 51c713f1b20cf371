// The web build's training-file reader (crates/training-reader), fetched the first time the
// runner imports files rather than with the app: its parsers are not needed to start. It runs in
// a Web Worker (training_worker.js), so a file that takes seconds to read never holds up the
// page, and Cancel ends the worker at once, whatever it is reading. The service worker caches
// both with the rest, so importing works offline too.

/** A reader: its worker, and the one request waiting for an answer. */
class Reader {
  constructor(worker) {
    this.worker = worker;
    this.waiting = null;
    this.closed = false;
    worker.onmessage = ({ data }) => this.answer(data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.answer({ error: event.message || "the file reader stopped" });
    };
  }

  answer(data) {
    const waiting = this.waiting;
    this.waiting = null;
    if (!waiting) return;
    if ("error" in data) waiting.reject(String(data.error));
    else waiting.resolve(data.value);
  }

  /** Sends `message` and waits for the worker's answer. */
  ask(message) {
    if (this.closed) return Promise.reject("cancelled");
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.worker.postMessage(message);
    });
  }
}

/**
 * A reader judging "from the future" against `nowMs`, with the runner's offset from UTC in
 * minutes; the worker loads the reader module first (fetched at the first import only).
 */
export async function openReader(nowMs, offsetMinutes) {
  const reader = new Reader(new Worker("/on-demand/training-worker.js", { type: "module" }));
  try {
    await reader.ask({ open: [nowMs, offsetMinutes] });
  } catch (error) {
    closeReader(reader);
    throw String(error?.message ?? error);
  }
  return reader;
}

/** Hands `bytes` (a view of the app's memory) to the worker: a copy, whose buffer moves over. */
export function addFile(reader, name, bytes) {
  const copy = bytes.slice();
  reader.worker.postMessage({ add: [name, copy] }, [copy.buffer]);
}

/** A few activities' worth of reading, as the JSON of a StepReport. */
export function readSome(reader, count) {
  return reader.ask({ read: count });
}

/** Ends the worker and whatever it is reading (after the import, or on Cancel). */
export function closeReader(reader) {
  if (reader.closed) return;
  reader.closed = true;
  reader.worker.terminate();
  reader.answer({ error: "cancelled" });
}
