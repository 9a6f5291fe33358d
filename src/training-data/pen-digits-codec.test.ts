import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePenDigits, encodePenDigits, PenDigitsFormatError } from './pen-digits-codec.ts';

const SHIPPED = join(import.meta.dirname, '..', '..', 'public', 'drawn-digits', 'pendigits-train.bin.gz');

describe('pen-digits codec', () => {
  it('decodes the shipped file to 7,494 digits by 30 writers with the source label counts', () => {
    const digits = decodePenDigits(new Uint8Array(gunzipSync(readFileSync(SHIPPED))));
    expect(digits).toHaveLength(7494);
    const counts = new Array<number>(10).fill(0);
    for (const d of digits) counts[d.label]++;
    expect(counts).toEqual([780, 779, 780, 719, 780, 720, 720, 778, 719, 719]);
    expect(new Set(digits.map((d) => d.writer))).toEqual(new Set(Array.from({ length: 30 }, (_, i) => i + 1)));
    for (const d of digits.slice(0, 200)) {
      expect(d.strokes.length).toBeGreaterThan(0);
      for (const [x, y] of d.strokes.flat()) expect(x >= 0 && x <= 1 && y >= 0 && y <= 1).toBe(true);
    }
  });

  it('round-trips strokes to within half a quantisation step, jumps between strokes included', () => {
    const digits = [
      { label: 7, writer: 3, strokes: [[[0, 0], [1, 0], [0.4, 1]], [[0.2, 0.5], [0.6, 0.5]]] },
      { label: 0, writer: 30, strokes: [[[0.5, 0.5]]] },
    ];
    const decoded = decodePenDigits(encodePenDigits(digits));
    expect(decoded.map((d) => [d.label, d.writer])).toEqual([[7, 3], [0, 30]]);
    decoded.forEach((d, i) => d.strokes.forEach((s, k) => s.forEach(([x, y], p) => {
      expect(Math.abs(x - digits[i].strokes[k][p][0])).toBeLessThanOrEqual(0.5 / 255);
      expect(Math.abs(y - digits[i].strokes[k][p][1])).toBeLessThanOrEqual(0.5 / 255);
    })));
  });

  it('refuses other files and truncated ones', () => {
    expect(() => decodePenDigits(new TextEncoder().encode('{"digits": []}'))).toThrow(PenDigitsFormatError);
    const bytes = encodePenDigits([{ label: 1, writer: 1, strokes: [[[0, 0], [0, 1]]] }]);
    expect(() => decodePenDigits(bytes.subarray(0, bytes.length - 1))).toThrow(/header promises/);
  });
});
