import type { ConvSplitHelperInit } from '../../nn/conv/conv-split-helper.ts';
import type { SplitHelperInit } from '../../nn/wasm/split-helper.ts';

/** TypeScript's WebWorker lib leaves out Worker, which a dedicated worker has (it can start workers). */
declare const Worker: new (url: URL, options: { type: 'module'; name?: string }) => {
  postMessage(message: unknown): void;
  terminate(): void;
  addEventListener(type: 'message' | 'error', listener: (event: { message?: string }) => void, options?: { once: boolean }): void;
};

/** Helpers that do not answer by then are taken as unable to start. */
const READY_MS = 10_000;

/**
 * Starts a split engine's helper (dense or conv) in a worker of its own (started from the training worker) and
 * resolves, once it is ready, with a function that ends it; rejects if it fails to start.
 */
export function spawnWorkerHelper(init: SplitHelperInit | ConvSplitHelperInit): Promise<() => void> {
  const worker = new Worker(new URL('./split-helper.worker.ts', import.meta.url), { type: 'module', name: 'split-helper' });
  const end = () => worker.terminate();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('a helper worker did not start')), READY_MS);
    const fail = (error: Error) => {
      clearTimeout(timer);
      end();
      reject(error);
    };
    worker.addEventListener('error', (event) => fail(new Error(event.message || 'a helper worker failed')), { once: true });
    worker.addEventListener('message', () => {
      clearTimeout(timer);
      resolve(end);
    }, { once: true });
    worker.postMessage(init);
  });
}
