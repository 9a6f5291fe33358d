import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.ts';
import { createNetwork } from './network.ts';
import { createKernelSession } from './kernel-session.ts';
import { DEFAULT_CONFIG, type TrainConfig } from './types.ts';
import type { LabelledImages } from '../mnist/dataset.ts';

/** Ten 28x28 "digits": digit d is a bar of ink in rows 2d..2d+4. */
function tinySet(): LabelledImages {
  const count = 10;
  const images = new Uint8Array(count * 784);
  for (let d = 0; d < count; d++) for (let r = 2 * d; r < 2 * d + 5; r++) for (let c = 5; c < 23; c++) images[d * 784 + r * 28 + c] = 255;
  return { images, labels: Uint8Array.from({ length: count }, (_, i) => i), count };
}

const tinyConfig: TrainConfig = { ...DEFAULT_CONFIG, layers: [784, 16, 10], batchSize: 3, trainSize: 10, eta: 3, seed: 11 };

describe('training', () => {
  it('learns a tiny data set to 100%', () => {
    const data = tinySet();
    const net = createNetwork(tinyConfig, 'normal', tinyConfig.seed);
    const run = createKernelSession(net, tinyConfig, data);
    for (let epoch = 0; epoch < 300; epoch++) while (!run.stepBatches(100).epochEnded);
    expect(evaluate(net, data).accuracy).toBe(1);
  });

  it('gives identical weights for the same seed, and different ones for another', () => {
    const data = tinySet();
    const train = (seed: number) => {
      const config = { ...tinyConfig, seed, lambda: 0.5 };
      const net = createNetwork(config, 'normal', seed);
      const run = createKernelSession(net, config, data);
      run.stepBatches(3);
      run.stepBatches(7); // crosses an epoch boundary, so the reshuffle is covered too
      return net;
    };
    const a = train(5);
    const b = train(5);
    const c = train(6);
    for (let l = 0; l < a.weights.length; l++) {
      expect(Buffer.from(a.weights[l].buffer).equals(Buffer.from(b.weights[l].buffer))).toBe(true);
      expect(Buffer.from(a.biases[l].buffer).equals(Buffer.from(b.biases[l].buffer))).toBe(true);
    }
    expect(Buffer.from(a.weights[0].buffer).equals(Buffer.from(c.weights[0].buffer))).toBe(false);
  });

  it('handles a last mini-batch smaller than the batch size', () => {
    const run = createKernelSession(createNetwork(tinyConfig, 'normal', 1), tinyConfig, tinySet());
    const seen: number[] = [];
    for (;;) {
      const slice = run.stepBatches(1);
      seen.push(slice.examples);
      if (slice.epochEnded) break;
    }
    expect(seen).toEqual([3, 3, 3, 1]);
    expect(run.epoch).toBe(1);
  });

  it('scaled initialisation shrinks the weights by 1/sqrt(n_in)', () => {
    const sd = (w: Float32Array) => Math.sqrt(w.reduce((s, v) => s + v * v, 0) / w.length);
    const normal = createNetwork({ ...tinyConfig, layers: [784, 100, 10] }, 'normal', 1);
    const scaled = createNetwork({ ...tinyConfig, layers: [784, 100, 10] }, 'scaled', 1);
    expect(sd(normal.weights[0])).toBeCloseTo(1, 1);
    expect(sd(scaled.weights[0])).toBeCloseTo(1 / 28, 2);
  });
});
