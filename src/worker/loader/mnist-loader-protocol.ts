import type { LoadProgress } from '../../mnist/fetch-mnist.ts';
import type { MnistSplit } from '../../mnist/dataset.ts';

/** What the loader worker is asked: the folder of MNIST's four .gz files. */
export interface MnistLoaderRequest {
  baseUrl: string;
}

/** What it answers: progress reports, then the split (its buffers transferred) or the failure's message. */
export type MnistLoaderMessage =
  | { kind: 'progress'; progress: LoadProgress }
  | { kind: 'done'; split: MnistSplit }
  | { kind: 'failed'; message: string };
