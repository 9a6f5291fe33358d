import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { splitMnist, type MnistSplit } from '../src/mnist/dataset.ts';
import { isGzip, MNIST_FILES, parseIdxPair } from '../src/mnist/idx.ts';

/** Where prepare-data writes the compressed files. */
export const PUBLIC_MNIST_DIR = join(import.meta.dirname, '..', 'public', 'mnist');

function readMaybeGzip(path: string): Uint8Array {
  const bytes = new Uint8Array(readFileSync(path));
  return isGzip(bytes) ? new Uint8Array(gunzipSync(bytes)) : bytes;
}

/** Loads MNIST in Node from public/mnist (run `npm run prepare-data` first) and splits it. */
export function loadMnistFromDisk(dir = PUBLIC_MNIST_DIR): MnistSplit {
  const read = (name: string) => readMaybeGzip(join(dir, `${name}.gz`));
  const train = parseIdxPair(read(MNIST_FILES.trainImages), MNIST_FILES.trainImages, read(MNIST_FILES.trainLabels), MNIST_FILES.trainLabels);
  const test = parseIdxPair(read(MNIST_FILES.testImages), MNIST_FILES.testImages, read(MNIST_FILES.testLabels), MNIST_FILES.testLabels);
  return splitMnist(train, test);
}
