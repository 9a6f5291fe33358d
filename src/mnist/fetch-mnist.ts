import { splitMnist, type MnistSplit } from './dataset.ts';
import { DEFAULT_STALL_MS, downloadFile, gunzipFile } from './download-file.ts';
import { MNIST_FILES, MNIST_SIZES, parseIdxPair } from './idx.ts';

/** Download progress: bytes received of all four files, and the phase. */
export interface LoadProgress {
  phase: 'download' | 'decode';
  loaded: number;
  total: number;
}


/** Fetches MNIST from `baseUrl` (files `<name>.gz`), reporting progress, and splits it as Nielsen does. */
export async function fetchMnist(baseUrl: string, onProgress: (p: LoadProgress) => void, stallMs = DEFAULT_STALL_MS): Promise<MnistSplit> {
  // Compressed sizes are unknown in advance; about 23% of the raw size is a good estimate for the bar.
  const total = Math.round(Object.values(MNIST_SIZES).reduce((a, b) => a + b, 0) * 0.235);
  let loaded = 0;
  const names = Object.values(MNIST_FILES);
  // One failure ends the load: the other downloads are cancelled and report nothing more, so no
  // progress lands after the failure's message.
  const cancel = new AbortController();
  const onBytes = (n: number) => {
    loaded += n;
    if (!cancel.signal.aborted) onProgress({ phase: 'download', loaded: Math.min(loaded, total), total });
  };
  const [trainImages, trainLabels, testImages, testLabels] = await Promise.all(
    names.map(async (name) => {
      const file = `${name}.gz`;
      const bytes = await downloadFile(`${baseUrl}${file}`, { onBytes, stallMs, signal: cancel.signal });
      return gunzipFile(bytes, file);
    }),
  ).catch((error: unknown) => {
    cancel.abort();
    throw error;
  });
  onProgress({ phase: 'decode', loaded: total, total });
  const train = parseIdxPair(trainImages, MNIST_FILES.trainImages, trainLabels, MNIST_FILES.trainLabels);
  const test = parseIdxPair(testImages, MNIST_FILES.testImages, testLabels, MNIST_FILES.testLabels);
  return splitMnist(train, test);
}
