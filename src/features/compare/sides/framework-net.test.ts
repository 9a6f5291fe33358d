import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNetwork, type Network } from '../../../nn/network.ts';
import { createTsEngine } from '../../../nn/training-engine.ts';
import { identityOrder, randomImages } from '../../../nn/wasm/test-data.ts';
import { bookSpec, createGlorotNetwork, frameworkInitialNetwork } from './book-network.ts';
import type { CostReduction } from './compare-api.ts';
import { createFrameworkNet } from './framework-net.ts';
import { createFrameworkSide } from './framework-side.ts';

const LAYERS = [784, 30, 10];
const BATCH = 10;
const batch = randomImages(BATCH, 7);
const order = identityOrder(BATCH);

/** One SGD step of our TypeScript engine on the batch, from the book's initial weights. */
function bookStep(eta: number): Network {
  const net = createNetwork(bookSpec(LAYERS), 'normal', 3);
  const engine = createTsEngine(net, BATCH);
  engine.setTrainingData(batch);
  engine.trainBatch(order, 0, BATCH, eta, 1);
  return net;
}

/** The same step on the framework side, from the same weights. */
function frameworkStep(reduction: CostReduction, eta: number) {
  const net = createFrameworkNet(createNetwork(bookSpec(LAYERS), 'normal', 3), reduction, BATCH);
  net.setTrainingData(batch);
  net.trainBatch(order, 0, BATCH, eta);
  const after = net.snapshot();
  net.dispose();
  return after;
}

function expectClose(actual: Pick<Network, 'weights' | 'biases'>, expected: Network) {
  const largestGap = (a: Float32Array[], b: Float32Array[]) =>
    Math.max(...a.map((x, l) => x.reduce((m, v, i) => Math.max(m, Math.abs(v - b[l][i])), 0)));
  expect(largestGap(actual.weights, expected.weights)).toBeLessThan(1e-5);
  expect(largestGap(actual.biases, expected.biases)).toBeLessThan(1e-5);
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('the framework side (TF.js, cpu backend)', () => {
  it('takes the same SGD step as our engine when matched to the book', () => {
    const before = createNetwork(bookSpec(LAYERS), 'normal', 3);
    const ours = bookStep(3);
    // The step moves the weights well beyond the tolerance, so agreeing means something.
    expect(Math.abs(ours.biases[1][0] - before.biases[1][0])).toBeGreaterThan(1e-3);
    expectClose(frameworkStep('book-sum', 3), ours);
  });

  it("with the framework's mean cost, takes the book's step for a learning rate 5 times smaller", () => {
    expectClose(frameworkStep('framework-mean', 3), bookStep(3 / 5));
  });

  it("with the framework's default learning rate, steps as SGD(0.01) whatever eta says", async () => {
    const config = { layers: LAYERS, eta: 3, batchSize: BATCH, epochs: 1, trainSize: BATCH, seed: 3, framework: { costReduction: 'book-sum', init: 'book', learningRate: 'framework-default' } } as const;
    const { trainer, dispose } = await createFrameworkSide(async () => 'cpu').createRun({ ...config, layers: [...LAYERS] });
    trainer.setTrainingData(batch);
    trainer.trainBatch(order, 0, BATCH, config.eta, 1);
    const after = (trainer as unknown as { snapshot(): Pick<Network, 'weights' | 'biases'> }).snapshot();
    dispose?.();
    expectClose(after, bookStep(0.01));
  });

  it('leaves no tensors behind: steps and scoring tidy up, dispose frees the weights', () => {
    const before = tf.memory().numTensors;
    const net = createFrameworkNet(createNetwork(bookSpec(LAYERS), 'normal', 3), 'framework-mean', BATCH);
    net.setTrainingData(batch);
    net.trainBatch(order, 0, BATCH, 3);
    const afterOneStep = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) net.trainBatch(order, 0, BATCH, 3);
    net.evaluate(batch);
    expect(tf.memory().numTensors).toBe(afterOneStep);
    net.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it("scores with the book's quadratic cost, as our evaluate does", () => {
    const net = createNetwork(bookSpec(LAYERS), 'normal', 3);
    const framework = createFrameworkNet(net, 'book-sum', BATCH);
    const theirs = framework.evaluate(batch);
    const ours = createTsEngine(net, BATCH).evaluate(batch);
    framework.dispose();
    expect(theirs.accuracy).toBe(ours.accuracy);
    expect(theirs.cost).toBeCloseTo(ours.cost, 5);
  });
});

describe('Glorot initialisation', () => {
  it('draws weights within sqrt(6 / (fan_in + fan_out)) and zero biases', () => {
    const net = createGlorotNetwork(LAYERS, 5);
    net.weights.forEach((w, l) => {
      const limit = Math.sqrt(6 / (LAYERS[l] + LAYERS[l + 1]));
      const largest = w.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
      expect(largest).toBeLessThanOrEqual(limit);
      // Uniform over the whole range, not a narrow band of it.
      expect(largest).toBeGreaterThan(0.95 * limit);
    });
    for (const b of net.biases) expect(b.every((v) => v === 0)).toBe(true);
  });

  it('is reproducible from the seed and differs between seeds', () => {
    expect(createGlorotNetwork(LAYERS, 5).weights).toEqual(createGlorotNetwork(LAYERS, 5).weights);
    expect(createGlorotNetwork(LAYERS, 5).weights[0]).not.toEqual(createGlorotNetwork(LAYERS, 6).weights[0]);
  });

  it("'book' starts from exactly our network's weights", () => {
    expect(frameworkInitialNetwork(LAYERS, 'book', 9)).toEqual(createNetwork(bookSpec(LAYERS), 'normal', 9));
  });
});
