import { fetchMnist, type LoadProgress } from '../../mnist/fetch-mnist.ts';
import type { MnistSplit } from '../../mnist/dataset.ts';
import { throttleProgress } from '../throttle-progress.ts';
import type { MnistLoaderMessage, MnistLoaderRequest } from './mnist-loader-protocol.ts';

/** TypeScript's WebWorker lib leaves out Worker, which a dedicated worker has (it can start workers). */
declare const Worker:
  | undefined
  | (new (url: URL, options: { type: 'module'; name?: string }) => {
      postMessage(message: MnistLoaderRequest): void;
      terminate(): void;
      addEventListener(type: 'message', listener: (event: { data: MnistLoaderMessage }) => void): void;
      addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
    });

/** A download's failure as the page shows it: the loader's message, unchanged. */
class MnistLoadError extends Error {
  name = 'MnistLoadError';
}

/**
 * fetchMnist, run by a worker of its own (started from the training worker). Reading 47 MB as it
 * arrives takes tasks of tens of milliseconds on a slow machine; on the training worker's thread they
 * kept a drawing's answer waiting (pen up -> answer 110-430 ms while MNIST loaded, 17-34 ms without).
 * Where a worker cannot start one (no nested workers, or it fails to start), the download runs here.
 */
export function fetchMnistOffThread(baseUrl: string, onProgress: (progress: LoadProgress) => void): Promise<MnistSplit> {
  const here = () => fetchMnist(baseUrl, throttleProgress(onProgress));
  if (typeof Worker !== 'function') return here();
  const loader = new Worker(new URL('./mnist-loader.worker.ts', import.meta.url), { type: 'module', name: 'mnist-loader' });
  return new Promise<MnistSplit>((resolve, reject) => {
    let answered = false;
    loader.addEventListener('message', ({ data }) => {
      answered = true;
      if (data.kind === 'progress') return onProgress(data.progress);
      loader.terminate();
      if (data.kind === 'done') resolve(data.split);
      else reject(new MnistLoadError(data.message));
    });
    // An error before any answer: the loader could not start (its script, or a browser without nested workers).
    loader.addEventListener('error', (event) => {
      loader.terminate();
      if (!answered) here().then(resolve, reject);
      else reject(new MnistLoadError(event.message || 'the MNIST download stopped'));
    });
    loader.postMessage({ baseUrl });
  });
}
