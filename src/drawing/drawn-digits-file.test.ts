import { describe, expect, it } from 'vitest';
import { DrawnDigitsFormatError, parseDrawnDigits } from './drawn-digits-file.ts';

describe('parseDrawnDigits', () => {
  it('reads digits with their label, writer and strokes', () => {
    const digits = parseDrawnDigits({ digits: [{ label: 7, writer: 3, sample: 1, strokes: [[[0, 0], [1, 0], [0.4, 1]]] }] });
    expect(digits).toEqual([{ label: 7, writer: 3, strokes: [[[0, 0], [1, 0], [0.4, 1]]] }]);
  });

  it('says what is wrong with a file of another shape', () => {
    expect(() => parseDrawnDigits([1, 2])).toThrow(/"digits" array/);
    expect(() => parseDrawnDigits({ digits: [{ label: 12, strokes: [] }] })).toThrow(/digits\[0\]\.label is 12/);
    expect(() => parseDrawnDigits({ digits: [{ label: 1, strokes: [[[0, 'a']]] }] })).toThrow(DrawnDigitsFormatError);
  });
});
