import { runSplitHelper, type SplitHelperInit } from '../../nn/wasm/split-helper.ts';

// One message starts the helper; from then on it blocks in its share of each step (Atomics.wait
// is allowed in a worker) until the engine tells it to quit.
self.addEventListener('message', (event: MessageEvent<SplitHelperInit>) => void runSplitHelper(event.data, () => self.postMessage('ready')), {
  once: true,
});
