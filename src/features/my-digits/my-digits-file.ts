import type { Stroke } from '../../drawing/strokes.ts';
import { clip, excerpt } from '../../nn/excerpt.ts';
import { MAX_MY_DIGITS, MAX_POINTS_PER_STROKE, MAX_STROKES, POINT_RANGE, type MyDigit } from './my-digit.ts';

/**
 * The "My digits" file: JSON
 *   { "format": "nn-magic-my-digits", "version": 1,
 *     "digits": [{ "label": 7, "strokes": [[[x, y], ...], ...], "savedAt": 1700000000000 }, ...] }
 * with points in draw-pad coordinates (0..280, x right, y down).
 */
export const MY_DIGITS_FORMAT = 'nn-magic-my-digits';
export const MY_DIGITS_VERSION = 1;
/** Files larger than this are refused before parsing: 2,000 long drawings fit well within it. */
export const MAX_FILE_BYTES = 20_000_000;

/** A digit as a file holds it (no id: ids are given on import). */
export type DigitInFile = Omit<MyDigit, 'id'>;

/** A file that is not a valid "My digits" file: the message names the fault. */
export class MyDigitsFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MyDigitsFileError';
  }
}

/** The file's JSON text for these digits. */
export function serializeMyDigits(digits: readonly MyDigit[]): string {
  return JSON.stringify({
    format: MY_DIGITS_FORMAT,
    version: MY_DIGITS_VERSION,
    digits: digits.map(({ label, strokes, savedAt }) => ({ label, savedAt, strokes: strokes.map((s) => s.map(({ x, y }) => [x, y])) })),
  });
}

const fail = (message: string): never => {
  throw new MyDigitsFileError(message);
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Strokes as a file holds them ([[x, y], ...] per stroke), checked point by point; throws a MyDigitsFileError naming the first fault. */
export function parseStrokes(value: unknown, where: string): Stroke[] {
  if (!Array.isArray(value) || value.length === 0) fail(`${where}: "strokes" must be a non-empty list of strokes`);
  const strokes = value as unknown[];
  if (strokes.length > MAX_STROKES) fail(`${where}: ${strokes.length} strokes, at most ${MAX_STROKES} allowed`);
  return strokes.map((stroke, s) => {
    if (!Array.isArray(stroke) || stroke.length === 0) fail(`${where}, stroke ${s + 1}: must be a non-empty list of [x, y] points`);
    const points = stroke as unknown[];
    if (points.length > MAX_POINTS_PER_STROKE) fail(`${where}, stroke ${s + 1}: ${points.length} points, at most ${MAX_POINTS_PER_STROKE} allowed`);
    return points.map((point, p) => {
      const at = `${where}, stroke ${s + 1}, point ${p + 1}`;
      if (!Array.isArray(point) || point.length !== 2) fail(`${at}: must be [x, y]`);
      const [x, y] = point as unknown[];
      if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) fail(`${at}: x and y must be finite numbers`);
      const inRange = (v: number) => v >= POINT_RANGE.min && v <= POINT_RANGE.max;
      if (!inRange(x as number) || !inRange(y as number)) fail(`${at}: (${x}, ${y}) lies outside ${POINT_RANGE.min}..${POINT_RANGE.max}`);
      return { x: x as number, y: y as number };
    });
  });
}

/** Throws a MyDigitsFileError unless the label is a digit 0-9. */
export function checkLabel(label: unknown, where: string): asserts label is number {
  if (typeof label !== 'number' || !Number.isInteger(label) || label < 0 || label > 9) fail(`${where}: label must be a whole number from 0 to 9, got ${excerpt(label)}`);
}

/** Reads a "My digits" file after checking all of it; throws a MyDigitsFileError naming the first fault. */
export function parseMyDigits(text: string): DigitInFile[] {
  if (text.length > MAX_FILE_BYTES) fail(`the file is ${(text.length / 1e6).toFixed(1)} MB; at most ${MAX_FILE_BYTES / 1e6} MB allowed`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    fail('the file is not JSON');
  }
  if (!isObject(data) || data.format !== MY_DIGITS_FORMAT) fail(`not a "My digits" file: expected "format": "${MY_DIGITS_FORMAT}"`);
  const file = data as Record<string, unknown>;
  if (file.version !== MY_DIGITS_VERSION) fail(`version ${clip(String(file.version))} is not supported (this app reads version ${MY_DIGITS_VERSION})`);
  if (!Array.isArray(file.digits)) fail('"digits" must be a list');
  const digits = file.digits as unknown[];
  if (digits.length > MAX_MY_DIGITS) fail(`${digits.length} digits, at most ${MAX_MY_DIGITS} allowed`);
  return digits.map((digit, i) => {
    const where = `digit ${i + 1}`;
    if (!isObject(digit)) fail(`${where}: must be an object with "label" and "strokes"`);
    const { label, strokes, savedAt } = digit as Record<string, unknown>;
    checkLabel(label, where);
    const time = typeof savedAt === 'number' && Number.isFinite(savedAt) && savedAt >= 0 ? savedAt : 0;
    return { label: label as number, strokes: parseStrokes(strokes, where), savedAt: time };
  });
}
