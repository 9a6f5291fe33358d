import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePenDigits } from '../../src/training-data/pen-digits-codec.ts';
import { pickSampleDigits, SAMPLES_PER_LABEL } from './pick.ts';

const read = (name: string) => decodePenDigits(new Uint8Array(gunzipSync(readFileSync(new URL(`../../public/drawn-digits/${name}`, import.meta.url)))));

describe('the sample digits file', () => {
  it('holds SAMPLES_PER_LABEL digits of each label, each one of the shipped training digits (else: npm run pack-sample-digits)', () => {
    const all = read('pendigits-train.bin.gz');
    const samples = read('pendigits-samples.bin.gz');
    for (let label = 0; label < 10; label++) expect(samples.filter((d) => d.label === label)).toHaveLength(SAMPLES_PER_LABEL);
    const key = (d: (typeof all)[number]) => `${d.label}|${d.writer}|${JSON.stringify(d.strokes)}`;
    const known = new Set(all.map(key));
    expect(samples.every((d) => known.has(key(d)))).toBe(true);
    expect(samples.map(key)).toEqual(pickSampleDigits(all).map(key));
  });

  it('picks distinct digits', () => {
    const all = read('pendigits-train.bin.gz');
    const picked = pickSampleDigits(all);
    expect(new Set(picked).size).toBe(picked.length);
  });
});
