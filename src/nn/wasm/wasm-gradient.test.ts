import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { identityOrder, randomImages } from './test-data.ts';
import { createWasmEngine } from './wasm-engine.ts';
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
          const probe = (l: number, i: number, which: 'weights' | 'biases') => {
            const analytic = net[which][l][i] - stepped[which][l][i];
            const h = 1e-2;
            const plus = cloneNetwork(net);
            plus[which][l][i] += h;
            const minus = cloneNetwork(net);
            minus[which][l][i] -= h;
            const numeric = (regularisedCost(plus) - regularisedCost(minus)) / (2 * h);
            // float32 forward passes limit agreement to about 1e-3 of the larger of the two.
            expect(Math.abs(analytic - numeric), `${which}[${l}][${i}]`).toBeLessThan(
              2e-3 + 2e-2 * Math.max(Math.abs(analytic), Math.abs(numeric)),
            );
          };
          const inkPixel = data.images.findIndex((v) => v > 128);
          for (let l = 0; l < LAYERS.length - 1; l++) {
            probe(l, l === 0 ? inkPixel : 1, 'weights');
            probe(l, l === 0 ? 784 + inkPixel : LAYERS[l] + 2, 'weights');
            probe(l, 0, 'biases');
            probe(l, 1, 'biases');
          }
        });
      }
    }
  }
});
