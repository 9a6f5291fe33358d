import { messageOf } from '../../errors/error-message.ts';
import { fetchMnist } from '../../mnist/fetch-mnist.ts';
import { throttleProgress } from '../throttle-progress.ts';
import type { MnistLoaderMessage, MnistLoaderRequest } from './mnist-loader-protocol.ts';

// Downloads MNIST on a thread of its own and hands the bytes over (transferred, not copied).
const post = (message: MnistLoaderMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.addEventListener(
  'message',
  (event: MessageEvent<MnistLoaderRequest>) =>
    void fetchMnist(event.data.baseUrl, throttleProgress((progress) => post({ kind: 'progress', progress }))).then(
      (split) => {
        const sets = [split.train, split.validation, split.test];
        const buffers = new Set(sets.flatMap((set) => [set.images.buffer, set.labels.buffer]));
        post({ kind: 'done', split }, [...buffers] as ArrayBuffer[]);
      },
      (error: unknown) => post({ kind: 'failed', message: messageOf(error) }),
    ),
  { once: true },
);
