import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConvEngine } from '../../../nn/conv/conv-engine.ts';
import type { ConvNetwork } from '../../../nn/conv/conv-network.ts';
import { identityOrder, randomImages } from '../../../nn/wasm/test-data.ts';
import { bookConvNetwork } from './book-network.ts';
import { MATCHED_TO_BOOK, type CompareConfig } from './compare-api.ts';
import type { FrameworkConvNet } from './framework-conv-net.ts';
import { createFrameworkSide } from './framework-side.ts';
import { createOursSide } from './ours-side.ts';

const BATCH = 10;
const batch = randomImages(BATCH, 5);
const config: CompareConfig = {
  layers: [784, 30, 10], model: 'conv 4@5x5, pool 2, 10', activation: 'relu', eta: 0.1, batchSize: BATCH, epochs: 1, trainSize: 1_000, seed: 4, framework: MATCHED_TO_BOOK,
};
const largestGap = (a: Float32Array[], b: Float32Array[]) => Math.max(...a.map((x, l) => x.reduce((m, v, i) => Math.max(m, Math.abs(v - b[l][i])), 0)));

/** Both sides' runs for `config`, one SGD step each on the same mini-batch, and their weights after it. */
async function stepBoth(c: CompareConfig) {
  const ours = createOursSide();
  await ours.start();
  const oursRun = await ours.createRun(c);
  const framework = createFrameworkSide(async () => 'cpu');
  const frameworkRun = await framework.createRun(c);
  for (const { trainer } of [oursRun, frameworkRun]) {
    trainer.setTrainingData(batch);
    trainer.trainBatch(identityOrder(BATCH), 0, BATCH, c.eta, 1);
  }
  const oursAfter = bookConvNetwork(c);
  (oursRun.trainer as ConvEngine).saveConvNetwork(oursAfter);
  const frameworkAfter: ConvNetwork = (frameworkRun.trainer as unknown as FrameworkConvNet).snapshot();
  frameworkRun.dispose?.();
  return { oursAfter, frameworkAfter };
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('the two sides of a convolutional comparison', () => {
  it('start from the same weights and take the same step: ours on the best conv engine, TF.js on its twin', async () => {
    const { oursAfter, frameworkAfter } = await stepBoth(config);
    expect(largestGap(oursAfter.weights, bookConvNetwork(config).weights)).toBeGreaterThan(1e-3);
    // The same bound as framework-conv-net.test.ts's, which measures it.
    expect(largestGap(frameworkAfter.weights, oursAfter.weights)).toBeLessThan(1e-6);
    expect(largestGap(frameworkAfter.biases, oursAfter.biases)).toBeLessThan(1e-6);
  });

  it("with the framework's defaults, TF.js starts elsewhere (Glorot) and steps with SGD's 0.01", async () => {
    const { oursAfter, frameworkAfter } = await stepBoth({ ...config, framework: { ...MATCHED_TO_BOOK, init: 'glorot', learningRate: 'framework-default' } });
    expect(largestGap(frameworkAfter.weights, oursAfter.weights)).toBeGreaterThan(1e-2);
  });
});
