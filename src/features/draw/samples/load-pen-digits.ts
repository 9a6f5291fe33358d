import type { DrawnDigit } from '../../../drawing/drawn-digits-file.ts';
import { isGzip } from '../../../mnist/idx.ts';
import { decodePenDigits } from '../../../training-data/pen-digits-codec.ts';

/** The shipped pen-drawn digits (420 kB), the same file the worker renders for training. */
export const PEN_DIGITS_URL = `${import.meta.env.BASE_URL}drawn-digits/pendigits-train.bin.gz`;

let loading: Promise<DrawnDigit[]> | null = null;

async function fetchDigits(): Promise<DrawnDigit[]> {
  const response = await fetch(PEN_DIGITS_URL);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
  const buffer = await response.arrayBuffer();
  const bytes = new Uint8Array(buffer);
  // A server may already have undone the gzip (Content-Encoding); then the bytes are the file itself.
  if (!isGzip(bytes)) return decodePenDigits(bytes);
  const stream = new Blob([buffer]).stream().pipeThrough(new DecompressionStream('gzip'));
  return decodePenDigits(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** The pen-drawn digits, fetched once per page; a failed fetch may be tried again. */
export function loadPenDigits(): Promise<DrawnDigit[]> {
  loading ??= fetchDigits().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
