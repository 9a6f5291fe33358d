import type { DrawnDigit } from '../../../drawing/drawn-digits-file.ts';
import { fetchPenDigits } from '../../../mnist/fetch-pen-digits.ts';

/**
 * 200 of the shipped pen-drawn digits, 20 of each label (12 kB: scripts/pack-sample-digits.ts), not
 * all 7,494 of the training file (420 kB, and a long task to decode on a phone's first visit).
 */
const SAMPLE_DIGITS_URL = `${import.meta.env.BASE_URL}drawn-digits/pendigits-samples.bin.gz`;

let loading: Promise<DrawnDigit[]> | null = null;

/** The sample digits, fetched once per page; a failed fetch may be tried again. */
export function loadPenDigits(): Promise<DrawnDigit[]> {
  loading ??= fetchPenDigits(SAMPLE_DIGITS_URL).catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
