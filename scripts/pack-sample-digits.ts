/**
 * Writes public/drawn-digits/pendigits-samples.bin.gz: the sample digits under the draw pad, a few
 * pen-drawn digits of each label taken from the shipped file (pendigits-train.bin.gz, 420 kB). The
 * page needs only these (about 12 kB), so a phone's first visit does not download and decode all 7,494.
 *   npx tsx scripts/pack-sample-digits.ts   (npm run pack-sample-digits)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { pickSampleDigits } from './pack-sample-digits/pick.ts';
import { decodePenDigits, encodePenDigits } from '../src/training-data/pen-digits-codec.ts';

const FULL = new URL('../public/drawn-digits/pendigits-train.bin.gz', import.meta.url);
const OUT = new URL('../public/drawn-digits/pendigits-samples.bin.gz', import.meta.url);

const all = decodePenDigits(new Uint8Array(gunzipSync(readFileSync(FULL))));
const samples = pickSampleDigits(all);
const packed = gzipSync(encodePenDigits(samples), { level: 9 });
writeFileSync(OUT, packed);
console.log(`${samples.length} of ${all.length} digits, ${(packed.length / 1024).toFixed(1)} kB gzipped -> ${OUT.pathname}`);
