import { runConvSplitHelper, type ConvSplitHelperInit } from '../../nn/conv/conv-split-helper.ts';
import { runSplitHelper, type SplitHelperInit } from '../../nn/wasm/split-helper.ts';

// One message starts the helper (a dense or a conv engine's); from then on it blocks in its share of
// each step (Atomics.wait is allowed in a worker) until the engine tells it to quit.
self.addEventListener(
  'message',
  (event: MessageEvent<SplitHelperInit | ConvSplitHelperInit>) => {
    const init = event.data;
    const ready = () => self.postMessage('ready');
    void ('conv' in init ? runConvSplitHelper(init, ready) : runSplitHelper(init, ready));
  },
  { once: true },
);
