import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseDrawnDigits, type DrawnDigit } from '../../src/drawing/drawn-digits-file.ts';
import { decodePenDigits, PEN_DIGITS_MAGIC } from '../../src/training-data/pen-digits-codec.ts';

/** The shared drawn-digits file, beside the repository. */
export const SHARED_DRAWN_DIGITS_JSON = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'drawn-digits', 'pendigits-train.json');

/** The same digits as the app ships them (scripts/pack-drawn-digits.ts): in the repository, so a fresh clone has them. */
export const DEFAULT_DRAWN_DIGITS = join(import.meta.dirname, '..', '..', 'public', 'drawn-digits', 'pendigits-train.bin.gz');

const startsWith = (bytes: Uint8Array, text: string) => [...text].every((c, i) => bytes[i] === c.charCodeAt(0));

/**
 * Reads and checks a drawn-digits file, JSON ({ digits: [...] }) or the packed binary, gzipped or
 * not; throws an Error with a readable message.
 */
export function loadDrawnDigits(path = DEFAULT_DRAWN_DIGITS): DrawnDigit[] {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = new Uint8Array(gunzipSync(bytes));
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (startsWith(bytes, PEN_DIGITS_MAGIC)) {
    try {
      return decodePenDigits(bytes);
    } catch (error) {
      throw new Error(`${path}: ${(error as Error).message}`);
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new Error(`${path} is not valid JSON (${(error as Error).message})`);
  }
  try {
    return parseDrawnDigits(data);
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
}
