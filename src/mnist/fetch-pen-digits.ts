import type { DrawnDigit } from '../drawing/drawn-digits-file.ts';
import { messageOf } from '../errors/error-message.ts';
import { decodePenDigits } from '../training-data/pen-digits-codec.ts';
import { fetchGzipFile, fileOf } from './download-file.ts';

/** A file of pen-drawn digits (scripts/pack-drawn-digits.ts), downloaded and decoded; any fault names the file. */
export async function fetchPenDigits(url: string): Promise<DrawnDigit[]> {
  const bytes = await fetchGzipFile(url);
  try {
    return decodePenDigits(bytes);
  } catch (error) {
    throw new Error(`${fileOf(url)}: ${messageOf(error)}`);
  }
}
