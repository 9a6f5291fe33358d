import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMnistFromDisk } from '../../scripts/node-mnist.ts';
import { parseBinaryModel } from './binary-model.ts';
import { BOOK_CONFIG, BOOK_MOMENTS } from './book-moments.ts';
import { evaluate } from './evaluate.ts';

// The snapshots scripts/pack-book-moments.ts wrote, read on the real test set (run `npm run prepare-data` first).
describe('the book’s network at five moments of its training (public/models/book-*.bin)', () => {
  const { test } = loadMnistFromDisk();
  it.each(BOOK_MOMENTS.map((m) => [m.id, m] as const))('%s reads as many test digits as the script printed', (_id, moment) => {
    const { net, config, metrics } = parseBinaryModel(new Uint8Array(readFileSync(new URL(`../../public/models/${moment.file}`, import.meta.url))));
    expect(net.layers).toEqual([784, 30, 10]);
    expect([net.activation, net.cost]).toEqual(['sigmoid', 'quadratic']);
    expect(config?.seed).toBe(BOOK_CONFIG.seed);
    expect(metrics?.batchesTrained).toBe(moment.batches);
    expect(metrics?.testCorrect).toBe(moment.testCorrect);
    expect(evaluate(net, test).correct).toBe(moment.testCorrect);
  });

  it('ship a few hundred kB in all', () => {
    const bytes = BOOK_MOMENTS.reduce((n, m) => n + readFileSync(new URL(`../../public/models/${m.file}`, import.meta.url)).length, 0);
    expect(bytes).toBeLessThan(300_000);
  });
});
