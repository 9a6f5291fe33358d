import { isGzip } from './idx.ts';
import { messageOf } from '../errors/error-message.ts';

/** A download that failed, named by its file: "train-images-idx3-ubyte.gz: HTTP 404". */
export class DownloadError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'DownloadError';
  }
}

/** The last part of a URL's path: what the person knows the file by. */
export const fileOf = (url: string) => url.split('?')[0].split('/').pop() || url;

/** Nothing (headers or bytes) for this long: an attempt is aborted and tried again, up to DEFAULT_TRIES times. */
export const DEFAULT_STALL_MS = 15_000;
const DEFAULT_TRIES = 3;

export interface DownloadOptions {
  /** Called with each chunk's size (negative: an attempt's bytes taken back). */
  onBytes?: (n: number) => void;
  /** Nothing (headers or bytes) for this long: the attempt is aborted and tried again. */
  stallMs?: number;
  tries?: number;
  /** Aborts the download for good (another file of the same load failed). */
  signal?: AbortSignal;
  /**
   * Called once an attempt's headers arrive: the body's length in bytes when the server says it
   * (Content-Length, no Content-Encoding), and whether the server unpacked the body on the way
   * (Content-Encoding: the bytes counted are then the unpacked ones).
   */
  onHeaders?: (headers: { length: number | null; unpacked: boolean }) => void;
}

async function readAll(response: Response, file: string, alive: () => void, onBytes: (n: number) => void, count: (n: number) => void): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    alive();
    chunks.push(value);
    received += value.length;
    count(received);
    onBytes(value.length);
  }
  // Content-Length counts the bytes on the wire; with a Content-Encoding the body is decoded, so it cannot be checked.
  const expected = Number(response.headers.get('Content-Length'));
  if (!response.headers.get('Content-Encoding') && expected > 0 && received < expected) {
    throw new DownloadError(file, `the download was cut short (${received.toLocaleString('en')} of ${expected.toLocaleString('en')} bytes)`);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * Downloads one file, aborting an attempt that receives nothing for stallMs (a rare hang seen in
 * headless Chromium on a loaded machine) and trying again, its bytes taken back from the progress.
 * Every failure names the file and the reason.
 */
export async function downloadFile(url: string, { onBytes = () => {}, stallMs = DEFAULT_STALL_MS, tries = DEFAULT_TRIES, signal, onHeaders }: DownloadOptions = {}): Promise<Uint8Array> {
  const file = fileOf(url);
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw new DownloadError(file, 'cancelled');
    const controller = new AbortController();
    const cancel = () => controller.abort();
    signal?.addEventListener('abort', cancel);
    let timer = setTimeout(cancel, stallMs);
    const alive = () => {
      clearTimeout(timer);
      timer = setTimeout(cancel, stallMs);
    };
    let received = 0;
    try {
      const response = await fetch(url, { signal: controller.signal });
      if (!response.ok) throw new DownloadError(file, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      alive();
      const unpacked = Boolean(response.headers.get('Content-Encoding'));
      const length = Number(response.headers.get('Content-Length'));
      onHeaders?.({ length: !unpacked && length > 0 ? length : null, unpacked });
      return await readAll(response, file, alive, onBytes, (n) => (received = n));
    } catch (error) {
      if (error instanceof DownloadError) throw error;
      if (signal?.aborted) throw new DownloadError(file, 'cancelled');
      if (!controller.signal.aborted) throw new DownloadError(file, `the download failed (${messageOf(error)})`);
      onBytes(-received);
      if (attempt >= tries) throw new DownloadError(file, `the download stalled ${tries} times (nothing arrived for ${stallMs / 1000} s)`);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
    }
  }
}

const looksLikeHtml = (bytes: Uint8Array) => /^\s*</.test(new TextDecoder().decode(bytes.subarray(0, 64)));

/**
 * Gzip bytes decompressed; bytes a server decompressed already pass through. A web page where the
 * file should be (a static host answers a missing file with its index.html) and corrupt or cut
 * gzip data each throw a DownloadError naming the file.
 */
export async function gunzipFile(bytes: Uint8Array, file: string): Promise<Uint8Array> {
  if (!isGzip(bytes)) {
    if (looksLikeHtml(bytes)) throw new DownloadError(file, 'the server sent a web page instead of the file (is the file missing?)');
    return bytes;
  }
  try {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    throw new DownloadError(file, 'the gzip data is corrupt');
  }
}

/** A gzip file downloaded and decompressed, every failure named by the file (downloadFile, then gunzipFile). */
export async function fetchGzipFile(url: string, options?: DownloadOptions): Promise<Uint8Array> {
  return gunzipFile(await downloadFile(url, options), fileOf(url));
}
