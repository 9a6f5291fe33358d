import { MNIST_FILES } from '../../mnist/idx.ts';

/** The message that asks the service worker to keep the data files (sw.ts). */
export const KEEP_DATA_MESSAGE = 'KEEP_DATA';

/** The training data the app downloads from public/: the four MNIST files and the pen-drawn digits (as trainer.worker.ts fetches them). */
export const dataFileUrls = (base: string): string[] => [
  ...Object.values(MNIST_FILES).map((name) => `${base}mnist/${name}.gz`),
  `${base}drawn-digits/pendigits-train.bin.gz`,
];
