import { describe, expect, it } from 'vitest';
import { createScratch, forwardBatch } from './batch.ts';
import { traceForward } from './inspect.ts';
import { createNetwork } from './network.ts';
import { createRng } from './rng.ts';
import { IMAGE_SIZE } from '../mnist/dataset.ts';

const net = createNetwork({ layers: [784, 20, 15, 10], activation: 'sigmoid', cost: 'log-likelihood' }, 'scaled', 9);

describe('inspection', () => {
  it('shows the activations the network computes', () => {
    const rng = createRng(2);
    const image = Float32Array.from({ length: IMAGE_SIZE }, () => rng.next());
    const trace = traceForward(net, image);
    const scratch = createScratch(net.layers, 1);
    scratch.acts[0].set(image);
    forwardBatch(net, scratch, 1);
    for (let l = 1; l < net.layers.length; l++) {
      expect(trace.activations[l].length).toBe(net.layers[l]);
      trace.activations[l].forEach((a, i) => expect(a).toBeCloseTo(scratch.acts[l][i], 5));
    }
    // Softmax outputs sum to 1; sigmoid hidden neurons lie in [0, 1].
    expect(trace.activations[3].reduce((s, v) => s + v, 0)).toBeCloseTo(1, 5);
    expect(trace.activations[1].every((a) => a >= 0 && a <= 1)).toBe(true);
  });
});
