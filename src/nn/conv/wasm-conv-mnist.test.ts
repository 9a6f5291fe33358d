import v8 from 'node:v8';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMnistFromDisk } from '../../../scripts/node-mnist.ts';
import { createTrainingSession, fixedPlan } from '../training-session.ts';
import { DEFAULT_CONFIG, type TrainConfig } from '../types.ts';
import type { LabelledImages, MnistSplit } from '../../mnist/dataset.ts';
import { createConvEngine, type ConvEngine } from './conv-engine.ts';
import { cloneConvNetwork, createConvNetwork } from './conv-network.ts';
import { parseModel } from './parse-model.ts';
import { createWasmConvEngine } from './wasm-conv-engine.ts';

v8.setFlagsFromString('--experimental-wasm-relaxed-simd');

// The real MNIST (run `npm run prepare-data` first); the first 2,000 test images keep the tests quick.
let mnist: MnistSplit;
let test: LabelledImages;

beforeAll(() => {
  mnist = loadMnistFromDisk();
  test = { images: mnist.test.images.subarray(0, 2000 * 784), labels: mnist.test.labels.subarray(0, 2000), count: 2000 };
});

function train(engine: ConvEngine, config: TrainConfig, batches: number): void {
  const session = createTrainingSession({ engine, config, plan: fixedPlan(mnist.train, config.trainSize) });
  while (batches > 0) batches -= session.stepBatches(Math.min(batches, 100)).batches;
}

describe('the WebAssembly conv engine on MNIST', () => {
  it('trains as the TypeScript engine does: 300 mini-batches, the same test accuracy within 0.2 points', async () => {
    const config: TrainConfig = { ...DEFAULT_CONFIG, activation: 'relu', cost: 'log-likelihood', init: 'scaled', eta: 0.1, batchSize: 10, lambda: 1, seed: 3 };
    const start = createConvNetwork(parseModel('conv 4@5x5, pool 2, 10'), config.activation, config.cost, config.init, config.seed);
    const ts = createConvEngine(cloneConvNetwork(start), config.batchSize, { dropout: 0, seed: config.seed });
    const wasm = await createWasmConvEngine('wasm-relaxed-simd', cloneConvNetwork(start), config.batchSize, { dropout: 0, seed: config.seed });
    train(ts, config, 300);
    train(wasm, config, 300);
    const [a, b] = [wasm.evaluate(test), ts.evaluate(test)];
    expect(Math.abs(a.accuracy - b.accuracy)).toBeLessThanOrEqual(0.002);
    expect(a.accuracy).toBeGreaterThan(0.85);
  });

  it('learns with ReLU and dropout 0.5 (scaled init starts the biases at 0)', async () => {
    const config: TrainConfig = { ...DEFAULT_CONFIG, activation: 'relu', cost: 'log-likelihood', init: 'scaled', eta: 0.03, batchSize: 10, seed: 2 };
    const net = createConvNetwork(parseModel('conv 20@5x5, pool 2, 100, 10'), config.activation, config.cost, config.init, config.seed);
    const engine = await createWasmConvEngine('wasm-relaxed-simd', net, config.batchSize, { dropout: 0.5, seed: config.seed });
    train(engine, config, 300);
    // With N(0, 1) biases it stayed near chance (9.58% after 6,000 examples).
    expect(engine.evaluate(test).accuracy).toBeGreaterThan(0.8);
  });
});
