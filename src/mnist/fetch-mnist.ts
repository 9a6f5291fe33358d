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

/** A download that receives nothing for this long is taken as stalled: it is cancelled and tried again. */
const STALL_MS = 15_000;
/** Tries per file before the load fails with a message (and the page offers Retry). */
const TRIES = 3;

/** Reads a stream to its end; rejects if no chunk arrives for stallMs. */
async function readAll(body: ReadableStream<Uint8Array>, onBytes: (n: number) => void, stallMs: number): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no data for ${stallMs / 1000} s`)), stallMs);
    });
    try {
      const { done, value } = await Promise.race([reader.read(), stalled]);
      if (done) break;
      chunks.push(value);
      size += value.length;
      onBytes(value.length);
    } catch (error) {
      void reader.cancel().catch(() => {});
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * Downloads one file. A download that stalls (a rare hang seen in headless Chromium on a loaded
 * machine) is started again, its bytes taken back from the progress, up to TRIES times.
 */
async function download(url: string, onBytes: (n: number) => void, stallMs: number): Promise<Uint8Array> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`);
    if (!response.body) return new Uint8Array(await response.arrayBuffer());
    let received = 0;
    try {
      return await readAll(response.body, (n) => {
        received += n;
        onBytes(n);
      }, stallMs);
    } catch (error) {
      onBytes(-received);
      if (attempt >= TRIES) throw new Error(`${url}: the download stalled ${TRIES} times (${(error as Error).message})`);
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
