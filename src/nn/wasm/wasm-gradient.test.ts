import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { identityOrder, randomImages } from './test-data.ts';
import { createWasmEngine } from './wasm-engine.ts';
import { gradientPairs, gradientTolerance } from '../gradient-probe.ts';
import { cloneNetwork, createNetwork, type Network } from '../network.ts';
import { ACTIVATIONS, COSTS } from '../types.ts';

v8.setFlagsFromString('--experimental-wasm-relaxed-simd');

const LAYERS = [784, 6, 5, 10];
const BATCH = 3;
const N = 50; // training-set size in the weight-decay term
const LAMBDA = 5;

describe('backpropagation in WebAssembly', () => {
  for (const kind of ['wasm-simd', 'wasm-relaxed-simd'] as const) {
    for (const activation of ACTIVATIONS) {
      for (const cost of COSTS) {
        it(`${kind} matches finite differences: ${activation}, ${cost}, lambda ${LAMBDA}`, async () => {
          const net = createNetwork({ layers: LAYERS, activation, cost }, 'scaled', 7);
          const data = randomImages(BATCH, 3);
          const engine = await createWasmEngine(kind, net, BATCH);
          engine.setTrainingData(data);
          // Everything below runs in WebAssembly: the step, and the costs (engine.evaluate).
          const regularisedCost = (probe: Network) => {
            engine.loadNetwork(probe);
            let squares = 0;
            for (const w of probe.weights) for (const v of w) squares += v * v;
            return engine.evaluate(data).cost + (LAMBDA / (2 * N)) * squares;
          };
          // One SGD step with eta = 1 moves each weight by exactly minus its gradient.
          engine.trainBatch(identityOrder(BATCH), 0, BATCH, 1, 1 - LAMBDA / N);
          const stepped = cloneNetwork(net);
          engine.saveNetwork(stepped);
          const inkPixel = data.images.findIndex((v) => v > 128);
          for (const pair of gradientPairs(net, stepped, regularisedCost, inkPixel)) {
            expect(Math.abs(pair.analytic - pair.numeric), pair.where).toBeLessThan(gradientTolerance(pair));
          }
        });
      }
    }
  }
});
