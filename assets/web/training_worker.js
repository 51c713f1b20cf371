// The Web Worker that reads training files (see training_reader.js): it loads the reader module
// (crates/training-reader), takes the files, and answers each request for a few activities with
// a StepReport's JSON. Requests are handled one after another, in the order they came.
import init, { Reader } from "/on-demand/training-reader.js";

let reader;
let queue = Promise.resolve();

async function handle(data) {
  if (data.open) {
    await init({ module_or_path: "/on-demand/training-reader_bg.wasm" });
    reader = new Reader(...data.open);
    return { value: true };
  }
  if (data.add) {
    reader.add(data.add[0], data.add[1]);
    return null;
  }
  return { value: reader.read(data.read) };
}

self.onmessage = ({ data }) => {
  queue = queue.then(async () => {
    try {
      const answer = await handle(data);
      if (answer) self.postMessage(answer);
    } catch (error) {
      self.postMessage({ error: String(error?.message ?? error) });
    }
  });
};
