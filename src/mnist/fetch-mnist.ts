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
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function download(url: string, onBytes: (n: number) => void): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`);
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    onBytes(value.length);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** Fetches MNIST from `baseUrl` (files `<name>.gz`), reporting progress, and splits it as Nielsen does. */
export async function fetchMnist(baseUrl: string, onProgress: (p: LoadProgress) => void): Promise<MnistSplit> {
  // Compressed sizes are unknown in advance; about 23% of the raw size is a good estimate for the bar.
  const total = Math.round(Object.values(MNIST_SIZES).reduce((a, b) => a + b, 0) * 0.235);
  let loaded = 0;
  const names = Object.values(MNIST_FILES);
  const raw = await Promise.all(
    names.map((name) =>
      download(`${baseUrl}${name}.gz`, (n) => {
        loaded += n;
        onProgress({ phase: 'download', loaded: Math.min(loaded, total), total });
      }),
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
