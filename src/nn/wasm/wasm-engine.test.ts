import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { createWasmEngine } from './wasm-engine.ts';
import { detectEngine } from './detect-engine.ts';
import { createScratch, trainBatch } from '../batch.ts';
import { cloneNetwork, createNetwork, type Network } from '../network.ts';
import { createRng } from '../rng.ts';
import { ACTIVATIONS, COSTS } from '../types.ts';
import { fillBatch, type LabelledImages } from '../../mnist/dataset.ts';

// Node 20 keeps relaxed SIMD behind a flag; set before any module is compiled, it lets both
// kernel variants be tested. (Newer runtimes have it on already.)
v8.setFlagsFromString('--experimental-wasm-relaxed-simd');
const VARIANTS = ['wasm-simd', 'wasm-relaxed-simd'] as const;

/** `count` sparse random images, like MNIST's: mostly blank, some ink. */
function randomImages(count: number, seed: number): LabelledImages {
  const rng = createRng(seed);
  const images = new Uint8Array(count * 784).map(() => (rng.next() < 0.25 ? rng.int(256) : 0));
  const labels = Uint8Array.from({ length: count }, () => rng.int(10));
  return { images, labels, count };
}

function maxDifference(a: Network, b: Network): number {
  let worst = 0;
  a.weights.forEach((w, l) => w.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - b.weights[l][i])))));
  a.biases.forEach((w, l) => w.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - b.biases[l][i])))));
  return worst;
}

describe('WebAssembly engine', () => {
  it('is detected in Node', () => {
    expect(detectEngine()).toBe('wasm-relaxed-simd');
  });

  for (const kind of VARIANTS) {
    for (const activation of ACTIVATIONS) {
      for (const cost of COSTS) {
        it(`${kind}: one step equals the TypeScript step, ${activation}, ${cost}, sizes not multiples of 4`, async () => {
          const layers = [784, 13, 7, 10];
          const net = createNetwork({ layers, activation, cost }, 'scaled', 5);
          for (const count of [1, 7, 10, 64]) {
            const data = randomImages(count, count);
            const order = Uint32Array.from({ length: count }, (_, i) => i);
            const eta = 0.5;
            const decay = 1 - (eta * 5) / 1000;
            const expected = cloneNetwork(net);
            const scratch = createScratch(layers, count);
            fillBatch(data, order, 0, count, scratch.acts[0], scratch.labels);
            const expectedCost = trainBatch(expected, scratch, count, eta, decay);
            const engine = await createWasmEngine(kind, net, 64);
            engine.setTrainingData(data);
            const costSum = engine.trainBatch(order, 0, count, eta, decay);
            const stepped = cloneNetwork(net);
            engine.saveNetwork(stepped);
            expect(costSum).toBeCloseTo(expectedCost, 3);
            expect(maxDifference(stepped, expected)).toBeLessThan(1e-5);
            expect(maxDifference(stepped, net)).toBeGreaterThan(1e-4);
          }
        });
      }
    }
  }
});
