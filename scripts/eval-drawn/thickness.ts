/**
 * Measures stroke thickness of MNIST training digits against preprocessed drawn digits for a few
 * brush widths, to choose BRUSH_WIDTH. Statistics are averaged per class, then over classes, so
 * the two sets' different label mixes do not matter.
 * usage: npx tsx scripts/eval-drawn/thickness.ts [width ...]   (default 15 20 25 30 35)
 */
import { penDigitToStrokes } from '../../src/drawing/pen-digits.ts';
import { strokesToInput } from '../../src/drawing/preprocess.ts';
import { loadMnistFromDisk } from '../node-mnist.ts';
import { loadDrawnDigits } from './load-drawn-digits.ts';
import { IMAGE_SIZE } from '../../src/mnist/dataset.ts';

/** Per-image figures: total ink (sum of intensities), pixels > 0.5, pixels > 0. */
function inkStats(image: ArrayLike<number>, unit: number): [number, number, number] {
  let ink = 0;
  let solid = 0;
  let touched = 0;
  for (let p = 0; p < IMAGE_SIZE; p++) {
    const v = image[p] * unit;
    ink += v;
    if (v > 0.5) solid++;
    if (v > 0) touched++;
  }
  return [ink, solid, touched];
}

/** Class-balanced means of inkStats over images given as (label, image) pairs. */
function classBalancedMeans(items: Iterable<[number, ArrayLike<number>]>, unit: number): number[] {
  const sums = Array.from({ length: 10 }, () => [0, 0, 0]);
  const counts = new Array<number>(10).fill(0);
  for (const [label, image] of items) {
    inkStats(image, unit).forEach((v, k) => (sums[label][k] += v));
    counts[label]++;
  }
  return [0, 1, 2].map((k) => sums.reduce((acc, s, d) => acc + s[k] / counts[d], 0) / 10);
}

const widths = process.argv.slice(2).map(Number);
const { train } = loadMnistFromDisk();
const mnist = classBalancedMeans(
  (function* () {
    for (let i = 0; i < train.count; i++) yield [train.labels[i], train.images.subarray(i * IMAGE_SIZE, (i + 1) * IMAGE_SIZE)];
  })(),
  1 / 255,
);
const row = (name: string, [ink, solid, touched]: number[]) =>
  `${name.padEnd(18)} ${ink.toFixed(1).padStart(8)} ${solid.toFixed(1).padStart(10)} ${touched.toFixed(1).padStart(10)} ${(solid / touched).toFixed(3).padStart(12)}`;
console.log(`${'images'.padEnd(18)} ${'ink'.padStart(8)} ${'px > 0.5'.padStart(10)} ${'px > 0'.padStart(10)} ${'solid/touched'.padStart(12)}`);
console.log(row(`MNIST train (${train.count})`, mnist));
const digits = loadDrawnDigits();
for (const width of widths.length ? widths : [15, 20, 25, 30, 35]) {
  const drawn = classBalancedMeans(
    (function* () {
      for (const d of digits) {
        const input = strokesToInput(penDigitToStrokes(d.strokes), undefined, width);
        if (input) yield [d.label, input];
      }
    })(),
    1,
  );
  console.log(row(`drawn, brush ${width}`, drawn));
}
