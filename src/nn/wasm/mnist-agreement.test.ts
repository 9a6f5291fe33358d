import v8 from 'node:v8';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from './create-engine.ts';
import { loadMnistFromDisk } from '../../../scripts/node-mnist.ts';
import { evaluate } from '../evaluate.ts';
import { createNetwork } from '../network.ts';
import { createKernelSession } from '../kernel-session.ts';
import { createTrainingSession, fixedPlan } from '../training-session.ts';
import { DEFAULT_CONFIG, type TrainConfig } from '../types.ts';
import type { MnistSplit } from '../../mnist/dataset.ts';

v8.setFlagsFromString('--experimental-wasm-relaxed-simd');

// The founding network on the real MNIST (run `npm run prepare-data` first).
const CONFIG: TrainConfig = { ...DEFAULT_CONFIG, layers: [784, 40, 10], eta: 3, batchSize: 10, seed: 1 };
const FIRST_BATCHES = 500;

/** Test accuracy after the first 500 mini-batches, then after the whole first epoch. */
type Accuracies = [afterBatches: number, afterEpoch: number];

let mnist: MnistSplit;
let reference: Accuracies;

beforeAll(() => {
  mnist = loadMnistFromDisk();
  const net = createNetwork(CONFIG, CONFIG.init, CONFIG.seed);
  const run = createKernelSession(net, CONFIG, mnist.train);
  run.stepBatches(FIRST_BATCHES);
  const afterBatches = evaluate(net, mnist.test).accuracy;
  while (!run.stepBatches(1000).epochEnded);
  reference = [afterBatches, evaluate(net, mnist.test).accuracy];
});

describe('WebAssembly and TypeScript training on MNIST, [784, 40, 10]', () => {
  for (const kind of ['wasm-simd', 'wasm-relaxed-simd'] as const) {
    it(`${kind} agrees within 0.1 points after 500 mini-batches, and 0.5 after an epoch`, async () => {
      const net = createNetwork(CONFIG, CONFIG.init, CONFIG.seed);
      const engine = await createEngine(kind, net, CONFIG.batchSize);
      const run = createTrainingSession({ engine, config: CONFIG, plan: fixedPlan(mnist.train, CONFIG.trainSize), net });
      run.stepBatches(FIRST_BATCHES);
      const afterBatches = evaluate(net, mnist.test).accuracy;
      while (!run.stepBatches(1000).epochEnded);
      const afterEpoch = engine.evaluate(mnist.test).accuracy;
      console.log(`${kind}: ${(100 * afterBatches).toFixed(2)}% after ${FIRST_BATCHES} mini-batches (TypeScript ${(100 * reference[0]).toFixed(2)}%), ${(100 * afterEpoch).toFixed(2)}% after an epoch (TypeScript ${(100 * reference[1]).toFixed(2)}%)`);
      expect(Math.abs(afterBatches - reference[0])).toBeLessThanOrEqual(0.001);
      expect(Math.abs(afterEpoch - reference[1])).toBeLessThanOrEqual(0.005);
      expect(afterEpoch).toBeGreaterThan(0.7); // it learned (seed 1 starts slowly with N(0, 1) weights)
    });
  }
});
