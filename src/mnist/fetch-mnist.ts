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
  // Each file's size on the way: first an estimate (gzip packs MNIST to about 23.5% of its raw size),
  // then what its response says: its Content-Length, or its raw size where the server unpacks it (the
  // bytes counted are then the raw ones, about 4x the estimate: the bar sat full for most of the load).
  const keys = Object.keys(MNIST_FILES) as (keyof typeof MNIST_FILES)[];
  const expected = keys.map((key) => Math.round(MNIST_SIZES[key] * 0.235));
  const totalNow = () => expected.reduce((a, b) => a + b, 0);
  let loaded = 0;
  // One failure ends the load: the other downloads are cancelled and report nothing more, so no
  // progress lands after the failure's message.
  const cancel = new AbortController();
  // Progress waits until every file has answered, so the total it shows does not move under the bar.
  const answered = new Set<number>();
  const onBytes = (n: number) => {
    loaded += n;
    const total = totalNow();
    if (!cancel.signal.aborted && answered.size === keys.length) onProgress({ phase: 'download', loaded: Math.min(loaded, total), total });
  };
  const [trainImages, trainLabels, testImages, testLabels] = await Promise.all(
    keys.map(async (key, i) => {
      const file = `${MNIST_FILES[key]}.gz`;
      const onHeaders = ({ length, unpacked }: { length: number | null; unpacked: boolean }) => {
        expected[i] = unpacked ? MNIST_SIZES[key] : (length ?? expected[i]);
        answered.add(i);
      };
      const bytes = await downloadFile(`${baseUrl}${file}`, { onBytes, onHeaders, stallMs, signal: cancel.signal });
      return gunzipFile(bytes, file);
    }),
  ).catch((error: unknown) => {
    cancel.abort();
    throw error;
  });
  const total = totalNow();
  onProgress({ phase: 'decode', loaded: total, total });
  const train = parseIdxPair(trainImages, MNIST_FILES.trainImages, trainLabels, MNIST_FILES.trainLabels);
  const test = parseIdxPair(testImages, MNIST_FILES.testImages, testLabels, MNIST_FILES.testLabels);
  return splitMnist(train, test);
}
