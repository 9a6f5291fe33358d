import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDrawnDigits, type DrawnDigit } from '../../src/drawing/drawn-digits-file.ts';

/** The shared drawn-digits file, beside the repository. */
export const DEFAULT_DRAWN_DIGITS = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'drawn-digits', 'pendigits-train.json');

/** Reads and checks a drawn-digits JSON file; throws an Error with a readable message. */
export function loadDrawnDigits(path = DEFAULT_DRAWN_DIGITS): DrawnDigit[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not valid JSON (${(error as Error).message})`);
  }
  try {
    return parseDrawnDigits(data);
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
}
