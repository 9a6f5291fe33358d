import { describe, expect, it } from 'vitest';
import { createScratch, forwardBatch, trainBatch } from '../batch.ts';
import { argmax } from '../evaluate.ts';
import { createNetwork } from '../network.ts';
import { createRng } from '../rng.ts';
import { createTrainingSession, fixedPlan } from '../training-session.ts';
import { DEFAULT_CONFIG, type TrainConfig } from '../types.ts';
import type { LabelledImages } from '../../mnist/dataset.ts';
import { forwardConvBatch, trainConvBatch } from './conv-batch.ts';
import { createConvEngine } from './conv-engine.ts';
import { evaluateConv, predictConv } from './conv-evaluate.ts';
import { convNetworkOf, createConvNetwork, type ConvNetwork } from './conv-network.ts';
import { createConvScratch } from './conv-scratch.ts';
import { parseModel } from './parse-model.ts';

/** Twenty 28x28 "digits": digit d is a bar of ink in rows 2d..2d+4, once on the left and once on the right. */
function tinySet(): LabelledImages {
  const count = 20;
  const images = new Uint8Array(count * 784);
  for (let e = 0; e < count; e++) {
    const d = e % 10;
    const left = e < 10 ? 2 : 10;
    for (let r = 2 * d; r < 2 * d + 5; r++) for (let c = left; c < left + 16; c++) images[e * 784 + r * 28 + c] = 255;
  }
  return { images, labels: Uint8Array.from({ length: count }, (_, i) => i % 10), count };
}

const config: TrainConfig = { ...DEFAULT_CONFIG, activation: 'relu', cost: 'log-likelihood', init: 'scaled', eta: 0.1, batchSize: 4, trainSize: 20, seed: 11 };
const MODEL = 'conv 4@5x5, pool 2, 20, 10';

function train(seed: number, batches: number, dropout: number, lambda = 0): ConvNetwork {
  const net = createConvNetwork(parseModel(MODEL), config.activation, config.cost, config.init, seed);
  const engine = createConvEngine(net, config.batchSize, { dropout, seed });
  const session = createTrainingSession({ engine, config: { ...config, seed, lambda }, plan: fixedPlan(tinySet()) });
  while (batches > 0) batches -= session.stepBatches(Math.min(batches, 7)).batches;
  return net;
}

const same = (a: Float32Array, b: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

describe('training a convolutional network', () => {
  it('learns a tiny data set to 100%', () => {
    // 40 epochs of 5 mini-batches; it was at 100% after 15 already.
    const net = train(config.seed, 5 * 40, 0);
    expect(evaluateConv(net, tinySet()).accuracy).toBe(1);
    // One image at a time (the drawing pad's way) gives the same answer: softmax probabilities, argmax the label.
    const image = Float32Array.from(tinySet().images.subarray(3 * 784, 4 * 784), (v) => v / 255);
    const probabilities = predictConv(net, image);
    expect(probabilities.reduce((a, b) => a + b)).toBeCloseTo(1, 5);
    expect(argmax(probabilities)).toBe(3);
  });

  it('gives identical weights for the same seed, dropout and L2 included, and different ones for another', () => {
    // 12 mini-batches of 4 cross two epoch boundaries of 20 images: reshuffles are covered too.
    const a = train(5, 12, 0.5, 0.5);
    const b = train(5, 12, 0.5, 0.5);
    const c = train(6, 12, 0.5, 0.5);
    for (let l = 0; l < a.weights.length; l++) {
      expect(same(a.weights[l], b.weights[l]), `weights[${l}]`).toBe(true);
      expect(same(a.biases[l], b.biases[l]), `biases[${l}]`).toBe(true);
    }
    expect(same(a.weights[0], c.weights[0])).toBe(false);
  });
});

describe('a description with dense layers only', () => {
  const spec = { ...DEFAULT_CONFIG, layers: [784, 16, 12, 10], activation: 'tanh' as const, cost: 'cross-entropy' as const };
  const inputs = () => {
    const rng = createRng(9);
    // Sparse like MNIST, so the dense network's skipping of blank columns is exercised.
    return Float32Array.from({ length: 5 * 784 }, () => (rng.next() < 0.3 ? rng.next() : 0));
  };

  for (const init of ['normal', 'scaled'] as const) {
    it(`is the dense network: the same weights and biases for the same seed (${init} init)`, () => {
      const dense = createNetwork(spec, init, 4);
      const conv = createConvNetwork(parseModel('784,16,12,10'), spec.activation, spec.cost, init, 4);
      dense.weights.forEach((w, l) => expect(same(w, conv.weights[l])).toBe(true));
      dense.biases.forEach((b, l) => expect(same(b, conv.biases[l])).toBe(true));
    });
  }

  it('with conv layers, starts the biases at 0 under scaled init and N(0, 1) under normal', () => {
    const scaled = createConvNetwork(parseModel('conv 3@5x5, pool 2, 10, 10'), 'relu', 'log-likelihood', 'scaled', 4);
    expect(scaled.biases.every((b) => b.every((v) => v === 0))).toBe(true);
    const normal = createConvNetwork(parseModel('conv 3@5x5, pool 2, 10, 10'), 'relu', 'log-likelihood', 'normal', 4);
    expect(normal.biases[3].some((v) => Math.abs(v) > 0.1)).toBe(true);
  });

  it('gives the dense forward pass’s outputs and SGD steps, bit for bit', () => {
    const dense = createNetwork(spec, 'scaled', 4);
    const conv = convNetworkOf(createNetwork(spec, 'scaled', 4));
    const scratch = createScratch(dense.layers, 5);
    const convScratch = createConvScratch(conv.spec, 5);
    scratch.acts[0].set(inputs());
    convScratch.acts[0].set(inputs());
    expect(same(forwardConvBatch(conv, convScratch, 5), forwardBatch(dense, scratch, 5))).toBe(true);
    scratch.labels.set([1, 4, 9, 0, 3]);
    convScratch.labels.set([1, 4, 9, 0, 3]);
    for (let step = 0; step < 3; step++) {
      expect(trainConvBatch(conv, convScratch, 5, 0.5, 0.999)).toBe(trainBatch(dense, scratch, 5, 0.5, 0.999));
    }
    dense.weights.forEach((w, l) => expect(same(w, conv.weights[l]), `weights[${l}]`).toBe(true));
    dense.biases.forEach((b, l) => expect(same(b, conv.biases[l]), `biases[${l}]`).toBe(true));
  });
});
