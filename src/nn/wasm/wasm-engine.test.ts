import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { identityOrder, randomImages } from './test-data.ts';
import { createWasmEngine } from './wasm-engine.ts';
import { createScratch, trainBatch } from '../batch.ts';
import { evaluate } from '../evaluate.ts';
import { cloneNetwork, createNetwork, type Network } from '../network.ts';
import { ACTIVATIONS, COSTS } from '../types.ts';
import { fillBatch } from '../../mnist/dataset.ts';

// Node 20 keeps relaxed SIMD behind a flag; set before any module is compiled, it lets both
// kernel variants be tested here. (Newer runtimes have it on already.)
v8.setFlagsFromString('--experimental-wasm-relaxed-simd');
const VARIANTS = ['wasm-simd', 'wasm-relaxed-simd'] as const;

/** First-layer widths cover whole blocks of 16 neurons (16), a block plus a tail (22), a tail alone (7), and a first layer that is the output layer. */
const SHAPES = [
  [784, 13, 7, 10],
  [784, 22, 10],
  [784, 7, 10],
  [784, 10],
];

function largestDifference(a: Network, b: Network): number {
  let worst = 0;
  a.weights.forEach((w, l) => w.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - b.weights[l][i])))));
  a.biases.forEach((w, l) => w.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - b.biases[l][i])))));
  return worst;
}

describe('the WebAssembly engine', () => {
  for (const kind of VARIANTS) {
    for (const activation of ACTIVATIONS) {
      for (const cost of COSTS) {
        it(`${kind}, ${activation}, ${cost}: two steps equal the TypeScript steps, for every shape and mini-batch size`, async () => {
          for (const layers of SHAPES) {
            const net = createNetwork({ layers, activation, cost }, 'scaled', 5);
            for (const count of [1, 7, 10, 64]) {
              const data = randomImages(2 * count, count);
              const order = identityOrder(2 * count);
              const eta = 0.5;
              const decay = 1 - (eta * 5) / 1000; // lambda 5, n 1000
              const expected = cloneNetwork(net);
              const scratch = createScratch(layers, count);
              const engine = await createWasmEngine(kind, net, 64);
              engine.setTrainingData(data);
              for (const start of [0, count]) {
                fillBatch(data, order, start, count, scratch.acts[0], scratch.labels);
                const expectedCost = trainBatch(expected, scratch, count, eta, decay);
                const costSum = engine.trainBatch(order, start, count, eta, decay);
                expect(costSum / count).toBeCloseTo(expectedCost / count, 4);
              }
              const stepped = cloneNetwork(net);
              engine.saveNetwork(stepped);
              const where = `[${layers}] batch ${count}`;
              expect(largestDifference(stepped, expected), where).toBeLessThan(2e-5);
              // The steps really moved the weights, by far more than the tolerance.
              expect(largestDifference(stepped, net), where).toBeGreaterThan(1e-2);
            }
          }
        });
      }
    }

    it(`${kind}: evaluates as the TypeScript evaluate does`, async () => {
      const net = createNetwork({ layers: [784, 22, 10], activation: 'sigmoid', cost: 'cross-entropy' }, 'normal', 3);
      const set = randomImages(250, 9); // more than one chunk of 100, and a partial one
      const engine = await createWasmEngine(kind, net, 100);
      const got = engine.evaluate(set);
      const expected = evaluate(net, set);
      expect(got.correct).toBe(expected.correct);
      expect(got.cost).toBeCloseTo(expected.cost, 4);
    });
  }

  it('copies weights in and out unchanged', async () => {
    const net = createNetwork({ layers: [784, 30, 13, 10], activation: 'tanh', cost: 'log-likelihood' }, 'normal', 8);
    const engine = await createWasmEngine('wasm-simd', net, 10);
    const copy = createNetwork({ layers: [784, 30, 13, 10], activation: 'tanh', cost: 'log-likelihood' }, 'normal', 9);
    engine.saveNetwork(copy);
    expect(largestDifference(copy, net)).toBe(0);
  });

  it('rejects a mini-batch larger than its capacity, or training before it has data', async () => {
    const net = createNetwork({ layers: [784, 10, 10], activation: 'sigmoid', cost: 'quadratic' }, 'normal', 1);
    const engine = await createWasmEngine('wasm-simd', net, 4);
    expect(() => engine.trainBatch(identityOrder(4), 0, 4, 1, 1)).toThrow(/setTrainingData/);
    engine.setTrainingData(randomImages(8, 1));
    expect(() => engine.trainBatch(identityOrder(8), 0, 5, 1, 1)).toThrow(/expected 1 to 4/);
    expect(() => engine.trainBatch(identityOrder(8), 0, 0, 1, 1)).toThrow(/expected 1 to 4/);
  });
});
