/**
 * Measures how well the ready model (convolutional, ready.bin as the page loads it), the book's first network and the guided path's small convolutional
 * model read MNIST's 10,000 test digits moved 0 to 4 pixels (each figure the mean over left, right,
 * up and down), and writes them to src/features/learn/shift-figures.ts, which the step
 * "Why convolution" shows. Run after either model changes: npm run measure-shift (a unit test
 * recomputes figures and fails while the file differs).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { accuracyByShift } from '../src/nn/shifted-accuracy.ts';
import { loadMnistFromDisk } from './node-mnist.ts';
import { accuracyOfModelFile, SHIFT_FIGURES_URL, shiftFiguresModule, SHIFT_MODELS } from './measure-shift/shift-models.ts';

const { test } = loadMnistFromDisk();
const figures = Object.fromEntries(
  await Promise.all(Object.entries(SHIFT_MODELS).map(async ([name, file]) => {
    const accuracy = accuracyByShift(await accuracyOfModelFile(readFileSync(file)), test);
    console.log(`${name} (${file.pathname.split('/').pop()}): ${accuracy.map((a, k) => `${k} px ${(a * 100).toFixed(2)}%`).join(', ')}`);
    return [name, accuracy];
  })),
);
writeFileSync(SHIFT_FIGURES_URL, shiftFiguresModule(test.count, figures as Record<keyof typeof SHIFT_MODELS, number[]>));
console.log(`Wrote ${SHIFT_FIGURES_URL.pathname}`);
