import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMAGE_SIZE } from '../../../mnist/dataset.ts';
import { createConvEngine } from '../../../nn/conv/conv-engine.ts';
import { predictConv } from '../../../nn/conv/conv-evaluate.ts';
import { cloneConvNetwork, type ConvNetwork } from '../../../nn/conv/conv-network.ts';
import { layerShapes } from '../../../nn/conv/model-spec.ts';
import { identityOrder, randomImages } from '../../../nn/wasm/test-data.ts';
import { bookConvNetwork, frameworkInitialConvNetwork } from './book-network.ts';
import { MATCHED_TO_BOOK, type CompareConfig, type ConvActivation } from './compare-api.ts';
import { createFrameworkConvNet } from './framework-conv-net.ts';
import { convertConvWeights, createTfConvModel } from './tf-conv-model.ts';

const BATCH = 10;
const batch = randomImages(BATCH, 7);
const order = identityOrder(BATCH);
// The small network, and one with every kind of conversion: two conv layers (a kernel
// reading several maps), a dense layer reading maps, a dense layer reading neurons.
const MODELS = ['conv 4@5x5, pool 2, 10', 'conv 3@5x5, pool 2, conv 4@3x3, pool 2, 12, 10'];
const ACTIVATIONS: ConvActivation[] = ['sigmoid', 'relu'];

const config = (model: string, activation: ConvActivation): CompareConfig => ({
  layers: [784, 30, 10], model, activation, eta: 0.5, batchSize: BATCH, epochs: 1, trainSize: 1_000, seed: 3, framework: MATCHED_TO_BOOK,
});

const largestGap = (a: Float32Array[], b: Float32Array[]) => Math.max(...a.map((x, l) => x.reduce((m, v, i) => Math.max(m, Math.abs(v - b[l][i])), 0)));

/** One SGD step of our TypeScript conv engine on the batch. */
function ourStep(initial: ConvNetwork, eta: number): ConvNetwork {
  const net = cloneConvNetwork(initial);
  const engine = createConvEngine(net, BATCH, { dropout: 0, seed: 3 });
  engine.setTrainingData(batch);
  engine.trainBatch(order, 0, BATCH, eta, 1);
  return net;
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('the framework side of a convolutional comparison (TF.js, cpu backend)', () => {
  it('converts each layer to TF.js and back to the very same numbers, moving every value', () => {
    const net = bookConvNetwork(config(MODELS[1], 'relu'));
    layerShapes(net.spec).forEach((s, l) => {
      const theirs = convertConvWeights(s, net.weights[l], 'to-tf');
      if (net.weights[l].length > 1) expect(theirs).not.toEqual(net.weights[l]);
      expect(convertConvWeights(s, theirs, 'from-tf')).toEqual(net.weights[l]);
    });
  });

  for (const model of MODELS) {
    for (const activation of ACTIVATIONS) {
      describe(`${model}, ${activation}`, () => {
        const initial = bookConvNetwork(config(model, activation));

        it('gives the same outputs as ours for the same weights and images (within 1e-4)', () => {
          const model = createTfConvModel(initial, false);
          const inputs = Float32Array.from(batch.images, (v) => v / 255);
          const outputs = tf.tidy(() => tf.softmax(model.logits(tf.tensor4d(inputs, [BATCH, 28, 28, 1]))).dataSync());
          model.dispose();
          for (let b = 0; b < BATCH; b++) {
            const ours = predictConv(initial, inputs.subarray(b * IMAGE_SIZE, (b + 1) * IMAGE_SIZE));
            for (let j = 0; j < 10; j++) expect(Math.abs(outputs[b * 10 + j] - ours[j])).toBeLessThan(1e-4);
          }
        });

        // Measured after one step (eta 0.5, 10 random images, these nets and conv 20@5x5, pool 2, 100, 10):
        // weights at most 6.0e-8 and biases 2.2e-8 apart, float32 sums rounded in another order, while
        // the step moved them by 6e-2. 1e-6 is 17 times the largest gap and 60,000 times below the step.
        for (const filterGradByConv of [false, true]) {
          it(`takes the same SGD step as ours (within 1e-6)${filterGradByConv ? ', with the filter gradient as a conv2d (the wasm stand-in)' : ''}`, () => {
            const ours = ourStep(initial, 0.5);
            const net = createFrameworkConvNet(initial, BATCH, filterGradByConv);
            net.setTrainingData(batch);
            net.trainBatch(order, 0, BATCH, 0.5);
            const theirs = net.snapshot();
            net.dispose();
            // The step moves the weights well beyond the tolerance, so agreeing means something.
            expect(largestGap(ours.weights, initial.weights)).toBeGreaterThan(1e-3);
            expect(largestGap(theirs.weights, ours.weights)).toBeLessThan(1e-6);
            expect(largestGap(theirs.biases, ours.biases)).toBeLessThan(1e-6);
          });
        }
      });
    }
  }

  it('scores with our log-likelihood cost: the same accuracy and cost as our evaluate', () => {
    const initial = bookConvNetwork(config(MODELS[0], 'relu'));
    const theirs = createFrameworkConvNet(initial, BATCH, false);
    const score = theirs.evaluate(batch);
    theirs.dispose();
    const ours = createConvEngine(cloneConvNetwork(initial), BATCH, { dropout: 0, seed: 3 }).evaluate(batch);
    expect(score.accuracy).toBe(ours.accuracy);
    expect(score.cost).toBeCloseTo(ours.cost, 4);
  });

  it('leaves no tensors behind: steps and scoring tidy up, dispose frees the weights', () => {
    const before = tf.memory().numTensors;
    const net = createFrameworkConvNet(bookConvNetwork(config(MODELS[0], 'sigmoid')), BATCH, true);
    net.setTrainingData(batch);
    net.trainBatch(order, 0, BATCH, 0.5);
    const afterOneStep = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) net.trainBatch(order, 0, BATCH, 0.5);
    net.evaluate(batch);
    expect(tf.memory().numTensors).toBe(afterOneStep);
    net.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it("starts from Conv2D's and Dense's Glorot defaults when asked: within sqrt(6 / (fan_in + fan_out)), zero biases", () => {
    const c = config(MODELS[1], 'relu');
    const net = frameworkInitialConvNetwork({ ...c, framework: { ...MATCHED_TO_BOOK, init: 'glorot' } });
    expect(frameworkInitialConvNetwork(c)).toEqual(bookConvNetwork(c));
    layerShapes(net.spec).forEach((s, l) => {
      if (s.layer.kind === 'pool') return;
      const area = s.layer.kind === 'conv' ? s.layer.kernel ** 2 : 1;
      const fans = s.layer.kind === 'conv' ? (s.input.depth + s.layer.maps) * area : s.weights / s.biases + s.biases;
      const largest = net.weights[l].reduce((m, v) => Math.max(m, Math.abs(v)), 0);
      expect(largest).toBeLessThanOrEqual(Math.sqrt(6 / fans));
      expect(largest).toBeGreaterThan(0.8 * Math.sqrt(6 / fans));
      expect(net.biases[l].every((v) => v === 0)).toBe(true);
    });
  });
});
