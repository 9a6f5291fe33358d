import { Worker } from 'node:worker_threads';
import type { ConvSplitHelperInit } from '../src/nn/conv/conv-split-helper.ts';
import type { SplitHelperInit } from '../src/nn/wasm/split-helper.ts';

/**
 * Starts a split engine's helper (dense or conv) on a Node worker thread (V8's flags, relaxed SIMD among them,
 * are the process's); resolves, once it is ready, with a function that ends it.
 */
export function spawnThreadHelper(init: SplitHelperInit | ConvSplitHelperInit): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./split-helper-thread.mjs', import.meta.url), { workerData: init });
    worker.once('error', reject);
    worker.once('message', () => resolve(() => void worker.terminate()));
  });
}
