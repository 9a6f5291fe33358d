/**
 * Packs the shared drawn-digits JSON (../shared/data/drawn-digits/pendigits-train.json, 5.3 MB)
 * into the compact binary form the app ships (src/training-data/pen-digits-codec.ts), gzipped,
 * and checks that it decodes back to the same digits within the quantisation step.
 *   npx tsx scripts/pack-drawn-digits.ts [--data <json>] [--out <file>]
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodePenDigits, encodePenDigits } from '../src/training-data/pen-digits-codec.ts';
import { SHARED_DRAWN_DIGITS_JSON, loadDrawnDigits } from './eval-drawn/load-drawn-digits.ts';

/** Where the app finds the shipped drawn digits. */
export const PACKED_DRAWN_DIGITS = join(import.meta.dirname, '..', 'public', 'drawn-digits', 'pendigits-train.bin.gz');

function main(): void {
  const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' } }, strict: true });
  const source = values.data ?? SHARED_DRAWN_DIGITS_JSON;
  const out = values.out ?? PACKED_DRAWN_DIGITS;
  const digits = loadDrawnDigits(source);
  const raw = encodePenDigits(digits);
  const packed = gzipSync(raw, { level: 9 });
  const decoded = decodePenDigits(new Uint8Array(gunzipSync(packed)));
  let worst = 0;
  decoded.forEach((d, i) => {
    const original = digits[i];
    if (d.label !== original.label || d.writer !== original.writer || d.strokes.length !== original.strokes.length) {
      throw new Error(`digit ${i} does not round-trip`);
    }
    d.strokes.forEach((stroke, s) => stroke.forEach(([x, y], p) => {
      const [ox, oy] = original.strokes[s][p];
      worst = Math.max(worst, Math.abs(x - ox), Math.abs(y - oy));
    }));
  });
  writeFileSync(out, packed);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`${digits.length} digits from ${source} (${kb(statSync(source).size)})`);
  console.log(`binary ${kb(raw.length)}, gzipped ${kb(packed.length)} -> ${out}`);
  console.log(`largest coordinate error after quantisation: ${worst.toFixed(5)} of the digit's box`);
}

main();
