import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePenDigits } from './pen-digits-codec.ts';
import { parseWriterRange, splitByWriters } from './writer-split.ts';

const shipped = () =>
  decodePenDigits(new Uint8Array(gunzipSync(readFileSync(join(import.meta.dirname, '..', '..', 'public', 'drawn-digits', 'pendigits-train.bin.gz')))));

describe('writer split', () => {
  it('puts no writer on both sides, and every digit on one side', () => {
    const digits = shipped();
    const { inside, outside } = splitByWriters(digits, parseWriterRange('1-20')!);
    const train = new Set(inside.map((d) => d.writer));
    const heldOut = new Set(outside.map((d) => d.writer));
    expect([...train].filter((w) => heldOut.has(w))).toEqual([]);
    expect(train.size).toBe(20);
    expect(heldOut).toEqual(new Set(Array.from({ length: 10 }, (_, i) => 21 + i)));
    expect(inside.length + outside.length).toBe(digits.length);
  });

  it('reads ranges and single writers, and refuses the rest', () => {
    expect(parseWriterRange('21-30')).toEqual({ from: 21, to: 30 });
    expect(parseWriterRange('7')).toEqual({ from: 7, to: 7 });
    for (const bad of ['30-21', '0-5', 'a-b', '1-', '']) expect(parseWriterRange(bad)).toBeNull();
  });
});
