import { describe, expect, it } from 'vitest';
import { exampleCost } from './activation.ts';
import { createScratch, forwardBatch, trainBatch } from './batch.ts';
import { gradientPairs, gradientTolerance } from './gradient-probe.ts';
import { cloneNetwork, createNetwork, type Network } from './network.ts';
import { createRng } from './rng.ts';
import { ACTIVATIONS, COSTS } from './types.ts';
import { IMAGE_SIZE } from '../mnist/dataset.ts';

const LAYERS = [784, 6, 5, 10];
const BATCH = 3;
const N = 50; // training-set size in the weight-decay term

/** Mean batch cost plus the L2 term lambda/(2n) sum w^2: what an SGD step descends. */
function regularisedCost(net: Network, inputs: Float32Array, labels: Uint8Array, lambda: number): number {
  const scratch = createScratch(net.layers, BATCH);
  scratch.acts[0].set(inputs);
  const out = forwardBatch(net, scratch, BATCH);
  let c = 0;
  for (let b = 0; b < BATCH; b++) c += exampleCost(out, b * 10, 10, labels[b], net.cost);
  let squares = 0;
  for (const w of net.weights) for (const v of w) squares += v * v;
  return c / BATCH + (lambda / (2 * N)) * squares;
}

describe('backpropagation', () => {
  for (const activation of ACTIVATIONS) {
    for (const cost of COSTS) {
      for (const lambda of [0, 5]) {
        it(`matches finite differences: ${activation}, ${cost}, lambda ${lambda}`, () => {
          const net = createNetwork({ layers: LAYERS, activation, cost }, 'scaled', 7);
          const rng = createRng(3);
          // Sparse inputs like MNIST, so the first layer's skipping of blank columns is exercised.
          const inputs = new Float32Array(BATCH * IMAGE_SIZE).map(() => (rng.next() < 0.3 ? rng.next() : 0));
          const labels = Uint8Array.from([3, 7, 0]);
          // One SGD step with eta = 1 moves each weight by exactly minus its gradient.
          const stepped = cloneNetwork(net);
          const scratch = createScratch(LAYERS, BATCH);
          scratch.acts[0].set(inputs);
          scratch.labels.set(labels);
          trainBatch(stepped, scratch, BATCH, 1, 1 - lambda / N);
          const inkColumn = inputs.findIndex((v) => v > 0.5);
          for (const pair of gradientPairs(net, stepped, (probe) => regularisedCost(probe, inputs, labels, lambda), inkColumn)) {
            expect(Math.abs(pair.analytic - pair.numeric), pair.where).toBeLessThan(gradientTolerance(pair));
          }
        });
      }
    }
  }
});
