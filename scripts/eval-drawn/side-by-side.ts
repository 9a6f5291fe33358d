/**
 * Writes a PNG comparing MNIST training digits (left half of each row) with preprocessed drawn
 * digits (right half), one row per digit 0-9, ink dark on white, 28x28 images scaled up.
 * usage: npx tsx scripts/eval-drawn/side-by-side.ts [out.png] [brush px] [per side]
 */
import { writeFileSync } from 'node:fs';
import { BRUSH_WIDTH } from '../../src/drawing/brush.ts';
import { penDigitToStrokes } from '../../src/drawing/pen-digits.ts';
import { strokesToInput } from '../../src/drawing/preprocess.ts';
import { loadMnistFromDisk } from '../node-mnist.ts';
import { loadDrawnDigits } from './load-drawn-digits.ts';
import { encodeGreyPng } from './png.ts';
import { IMAGE_SIZE } from '../../src/mnist/dataset.ts';

const out = process.argv[2] ?? 'results/drawn-vs-mnist.png';
const brush = Number(process.argv[3] ?? BRUSH_WIDTH);
const perSide = Number(process.argv[4] ?? 8);
const ZOOM = 3;
const CELL = 28 * ZOOM + 2;
const GAP = 12;

const { train } = loadMnistFromDisk();
const drawn = loadDrawnDigits();
// The first images of each class in file order: no choosing of flattering examples.
const mnistRows = Array.from({ length: 10 }, () => [] as Float32Array[]);
for (let i = 0; i < train.count && mnistRows.some((r) => r.length < perSide); i++) {
  const row = mnistRows[train.labels[i]];
  if (row.length < perSide) row.push(Float32Array.from(train.images.subarray(i * IMAGE_SIZE, (i + 1) * IMAGE_SIZE), (v) => v / 255));
}
const drawnRows = Array.from({ length: 10 }, () => [] as Float32Array[]);
for (const d of drawn) {
  const row = drawnRows[d.label];
  const input = row.length < perSide ? strokesToInput(penDigitToStrokes(d.strokes), undefined, brush) : null;
  if (input) row.push(input);
}

const width = 2 * perSide * CELL + GAP;
const height = 10 * CELL;
const pixels = new Uint8Array(width * height).fill(255);
function paint(image: Float32Array, left: number, top: number): void {
  for (let y = 0; y < 28 * ZOOM; y++) {
    for (let x = 0; x < 28 * ZOOM; x++) {
      const v = image[Math.floor(y / ZOOM) * 28 + Math.floor(x / ZOOM)];
      pixels[(top + 1 + y) * width + left + 1 + x] = Math.round(255 * (1 - v));
    }
  }
}
for (let d = 0; d < 10; d++) {
  mnistRows[d].forEach((img, k) => paint(img, k * CELL, d * CELL));
  drawnRows[d].forEach((img, k) => paint(img, perSide * CELL + GAP + k * CELL, d * CELL));
}
writeFileSync(out, encodeGreyPng(pixels, width, height));
console.log(`wrote ${out}: MNIST (left) vs drawn digits with brush ${brush} px (right), ${perSide} per side`);
