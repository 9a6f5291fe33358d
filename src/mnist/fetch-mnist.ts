import { splitMnist, type MnistSplit } from './dataset.ts';
import { isGzip, MNIST_FILES, MNIST_SIZES, parseIdxPair } from './idx.ts';

/** Download progress: bytes received of all four files, and the phase. */
export interface LoadProgress {
  phase: 'download' | 'decode';
  loaded: number;
  total: number;
}

/** Decompresses gzip bytes with the platform's DecompressionStream. */
async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A download that receives nothing for this long is taken as stalled: it is aborted and tried again. */
const STALL_MS = 15_000;
/** Tries per file before the load fails with a message (and the page offers Retry). */
const TRIES = 3;

/**
 * Downloads one file, aborting an attempt that receives nothing (headers or bytes) for stallMs: a
 * rare hang seen in headless Chromium on a loaded machine. A stalled download starts again, its
 * bytes taken back from the progress, up to TRIES times; then the load fails with a message (and
 * the page offers Retry).
 */
async function download(url: string, onBytes: (n: number) => void, stallMs: number): Promise<Uint8Array> {
  for (let attempt = 1; ; attempt++) {
    const controller = new AbortController();
    let timer = setTimeout(() => controller.abort(), stallMs);
    const alive = () => {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(), stallMs);
    };
    let received = 0;
    try {
      const response = await fetch(url, { signal: controller.signal });
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`);
      alive();
      if (!response.body) return new Uint8Array(await response.arrayBuffer());
      const reader = response.body.getReader();
      const chunks: Uint8Array[] = [];
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        alive();
        chunks.push(value);
        received += value.length;
        onBytes(value.length);
      }
      const bytes = new Uint8Array(received);
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.length;
      }
      return bytes;
    } catch (error) {
      if (!controller.signal.aborted) throw error;
      onBytes(-received);
      if (attempt >= TRIES) throw new Error(`${url}: the download stalled ${TRIES} times (nothing arrived for ${stallMs / 1000} s)`);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Fetches MNIST from `baseUrl` (files `<name>.gz`), reporting progress, and splits it as Nielsen does. */
export async function fetchMnist(baseUrl: string, onProgress: (p: LoadProgress) => void, stallMs = STALL_MS): Promise<MnistSplit> {
  // Compressed sizes are unknown in advance; about 23% of the raw size is a good estimate for the bar.
  const total = Math.round(Object.values(MNIST_SIZES).reduce((a, b) => a + b, 0) * 0.235);
  let loaded = 0;
  const names = Object.values(MNIST_FILES);
  const raw = await Promise.all(
    names.map((name) =>
      download(`${baseUrl}${name}.gz`, (n) => {
        loaded += n;
        onProgress({ phase: 'download', loaded: Math.min(loaded, total), total });
      }, stallMs),
    ),
  );
  onProgress({ phase: 'decode', loaded: total, total });
  const [trainImages, trainLabels, testImages, testLabels] = await Promise.all(
    raw.map((bytes) => (isGzip(bytes) ? gunzip(bytes) : bytes)),
  );
  const train = parseIdxPair(trainImages, MNIST_FILES.trainImages, trainLabels, MNIST_FILES.trainLabels);
  const test = parseIdxPair(testImages, MNIST_FILES.testImages, testLabels, MNIST_FILES.testLabels);
  return splitMnist(train, test);
}
