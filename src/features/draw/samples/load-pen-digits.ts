import type { DrawnDigit } from '../../../drawing/drawn-digits-file.ts';
import { isGzip } from '../../../mnist/idx.ts';
import { decodePenDigits } from '../../../training-data/pen-digits-codec.ts';

/**
 * 200 of the shipped pen-drawn digits, 20 of each label (12 kB: scripts/pack-sample-digits.ts), not
 * all 7,494 of the training file (420 kB, and a long task to decode on a phone's first visit).
 */
export const SAMPLE_DIGITS_URL = `${import.meta.env.BASE_URL}drawn-digits/pendigits-samples.bin.gz`;

let loading: Promise<DrawnDigit[]> | null = null;

async function fetchDigits(): Promise<DrawnDigit[]> {
  const response = await fetch(SAMPLE_DIGITS_URL);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
  const buffer = await response.arrayBuffer();
  const bytes = new Uint8Array(buffer);
  // A server may already have undone the gzip (Content-Encoding); then the bytes are the file itself.
  if (!isGzip(bytes)) return decodePenDigits(bytes);
  const stream = new Blob([buffer]).stream().pipeThrough(new DecompressionStream('gzip'));
  return decodePenDigits(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** The sample digits, fetched once per page; a failed fetch may be tried again. */
export function loadPenDigits(): Promise<DrawnDigit[]> {
  loading ??= fetchDigits().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
