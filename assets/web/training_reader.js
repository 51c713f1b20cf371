// The web build's training-file reader (crates/training-reader), fetched the first time the
// runner imports files rather than with the app: its parsers are not needed to start. The service
// worker caches it with the rest, so importing works offline too.
let loading;

/** A reader of the module, loading the module first if this is the first import. */
export async function openReader(nowMs) {
  loading ??= import("/on-demand/training-reader.js").then(async (module) => {
    await module.default({ module_or_path: "/on-demand/training-reader_bg.wasm" });
    return module;
  });
  try {
    const module = await loading;
    return new module.Reader(nowMs);
  } catch (error) {
    loading = undefined; // the next import tries again
    throw String(error?.message ?? error);
  }
}

/** Copies `bytes` (a view of the app's memory) into the reader's. */
export function addFile(reader, name, bytes) {
  reader.add(name, bytes);
}

/** A few activities' worth of reading, as the JSON of a StepReport. */
export function readSome(reader, count) {
  return reader.read(count);
}

/** Frees the reader and the files it holds (after the import, or on Cancel). */
export function closeReader(reader) {
  try {
    reader.free();
  } catch {
    // A reader that failed part way may refuse to be freed; the page goes on either way.
  }
}
