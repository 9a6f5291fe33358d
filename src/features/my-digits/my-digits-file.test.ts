import { describe, expect, it } from 'vitest';
import { keepableStrokes, MAX_MY_DIGITS, MAX_STROKES, type MyDigit } from './my-digit.ts';
import { MAX_FILE_BYTES, MY_DIGITS_FORMAT, MyDigitsFileError, parseMyDigits, serializeMyDigits } from './my-digits-file.ts';

const seven: MyDigit = {
  id: 'a',
  label: 7,
  savedAt: 1_700_000_000_000,
  strokes: [[{ x: 60, y: 70 }, { x: 200, y: 70 }, { x: 120, y: 230 }], [{ x: 90, y: 150 }, { x: 170, y: 150 }]],
};

const file = (digits: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ format: MY_DIGITS_FORMAT, version: 1, digits, ...extra });
const withDigit = (digit: Record<string, unknown>) => file([{ label: 3, strokes: [[[10, 10], [20, 20]]], ...digit }]);

describe('My digits file', () => {
  it('round-trips the label, the strokes and the time', () => {
    const [back] = parseMyDigits(serializeMyDigits([seven]));
    expect(back).toEqual({ label: 7, strokes: seven.strokes, savedAt: seven.savedAt });
  });

  it('reads an empty set', () => {
    expect(parseMyDigits(file([]))).toEqual([]);
  });

  const faults: [string, string, RegExp][] = [
    ['not JSON', '{"format": ', /not JSON/],
    ['another format', JSON.stringify({ format: 'nn-magic-model', version: 1, digits: [] }), /not a "My digits" file/],
    ['a list at the top', '[]', /not a "My digits" file/],
    ['a newer version', file([], { version: 2 }), /version 2 is not supported/],
    ['digits not a list', file({}), /"digits" must be a list/],
    ['a digit that is not an object', file([7]), /digit 1: must be an object/],
    ['a label of 10', withDigit({ label: 10 }), /digit 1: label must be a whole number from 0 to 9, got 10/],
    ['a label of 2.5', withDigit({ label: 2.5 }), /label must be a whole number/],
    ['a label as text', withDigit({ label: '3' }), /label must be a whole number/],
    ['no strokes', withDigit({ strokes: [] }), /"strokes" must be a non-empty list/],
    ['strokes not a list', withDigit({ strokes: 'abc' }), /"strokes" must be a non-empty list/],
    ['an empty stroke', withDigit({ strokes: [[]] }), /stroke 1: must be a non-empty list/],
    ['a point with three numbers', withDigit({ strokes: [[[1, 2, 3]]] }), /stroke 1, point 1: must be \[x, y\]/],
    ['a point that is not finite', withDigit({ strokes: [[[1, 2], [null, 4]]] }), /point 2: x and y must be finite numbers/],
    ['a point far off the pad', withDigit({ strokes: [[[1, 2]], [[5000, 4]]] }), /stroke 2, point 1: \(5000, 4\) lies outside/],
    ['too many strokes', withDigit({ strokes: Array.from({ length: MAX_STROKES + 1 }, () => [[1, 1]]) }), /51 strokes, at most 50/],
  ];
  it.each(faults)('refuses %s, naming the fault', (_, text, message) => {
    expect(() => parseMyDigits(text)).toThrow(MyDigitsFileError);
    expect(() => parseMyDigits(text)).toThrow(message);
  });

  it('refuses too many digits and too large a file', () => {
    const digit = { label: 1, strokes: [[[1, 1]]] };
    expect(() => parseMyDigits(file(Array.from({ length: MAX_MY_DIGITS + 1 }, () => digit)))).toThrow(/2001 digits, at most 2000/);
    expect(() => parseMyDigits(' '.repeat(MAX_FILE_BYTES + 1))).toThrow(/at most 20 MB/);
  });

  it('names the faulty digit among good ones', () => {
    const good = { label: 1, strokes: [[[1, 1]]] };
    expect(() => parseMyDigits(file([good, good, { label: -1, strokes: [[[1, 1]]] }]))).toThrow(/^digit 3: label/);
  });
});

describe('keepableStrokes', () => {
  it('rounds to a tenth of a pixel, keeps points near the pad and drops empty strokes', () => {
    const kept = keepableStrokes([[{ x: 10.123, y: -1000 }], [], [{ x: 1e9, y: 5 }]]);
    expect(kept).toEqual([[{ x: 10.1, y: -140 }], [{ x: 420, y: 5 }]]);
    // Whatever the pad hands over, a file of it reads back.
    expect(() => parseMyDigits(serializeMyDigits([{ ...seven, strokes: kept }]))).not.toThrow();
  });
});
