import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { createRng } from '../rng.ts';
import { createTrainingSession, fixedPlan } from '../training-session.ts';
import { DEFAULT_CONFIG, type Activation, type Cost, type TrainConfig } from '../types.ts';
import type { LabelledImages } from '../../mnist/dataset.ts';
import { createConvEngine, type ConvEngine } from './conv-engine.ts';
import { cloneConvNetwork, createConvNetwork, type ConvNetwork } from './conv-network.ts';
import { parseModel } from './parse-model.ts';
import { createWasmConvEngine } from './wasm-conv-engine.ts';
import { createFastestConvEngine } from './create-conv-engine.ts';
import { detectEngine } from '../wasm/detect-engine.ts';

v8.setFlagsFromString('--experimental-wasm-relaxed-simd');

/** `count` random MNIST-like images: sparse ink, labels 0-9. */
function randomSet(count: number, seed: number): LabelledImages {
  const rng = createRng(seed);
  const images = Uint8Array.from({ length: count * 784 }, () => (rng.next() < 0.2 ? Math.floor(rng.next() * 256) : 0));
  return { images, labels: Uint8Array.from({ length: count }, () => Math.floor(rng.next() * 10)), count };
}

/** Trains `batches` mini-batches of `net` on `set` with an engine; returns the engine. */
function run(engine: ConvEngine, config: TrainConfig, set: LabelledImages, batches: number): ConvEngine {
  const session = createTrainingSession({ engine, config, plan: fixedPlan(set) });
  while (batches > 0) batches -= session.stepBatches(Math.min(batches, 50)).batches;
  return engine;
}

/** The largest |a - b| / (|b| + 1e-2) over every weight and bias. */
function largestDifference(a: ConvNetwork, b: ConvNetwork): number {
  let worst = 0;
  const compare = (x: Float32Array, y: Float32Array) => {
    for (let i = 0; i < x.length; i++) worst = Math.max(worst, Math.abs(x[i] - y[i]) / (Math.abs(y[i]) + 1e-2));
  };
  a.weights.forEach((w, l) => compare(w, b.weights[l]));
  a.biases.forEach((w, l) => compare(w, b.biases[l]));
  return worst;
}

const CASES: [model: string, activation: Activation, cost: Cost, dropout: number][] = [
  ['conv 4@5x5, pool 2, 20, 10', 'sigmoid', 'quadratic', 0],
  ['conv 4@5x5, pool 2, 20, 10', 'tanh', 'cross-entropy', 0],
  ['conv 4@5x5, pool 2, 20, 10', 'relu', 'log-likelihood', 0.5],
  ['conv 3@3x3, pool 2, 10', 'relu', 'log-likelihood', 0],
  ['conv 3@3x3, conv 5@3x3, pool 2, 12, 10', 'sigmoid', 'cross-entropy', 0.3],
  ['conv 4@5x5, pool 2, conv 6@5x5, pool 2, 10', 'relu', 'log-likelihood', 0],
  ['conv 2@3x3, pool 2, conv 3@3x3, 16, 10', 'tanh', 'quadratic', 0],
];

describe('the WebAssembly conv engine against the TypeScript reference', () => {
  const set = randomSet(40, 3);
  for (const [model, activation, cost, dropout] of CASES) {
    for (const kind of ['wasm-simd', 'wasm-relaxed-simd'] as const) {
      it(`${kind}: ${model}, ${activation}/${cost}${dropout ? `, dropout ${dropout}` : ''}: the same weights after one batch and after 12`, async () => {
        const config: TrainConfig = { ...DEFAULT_CONFIG, activation, cost, init: 'scaled', eta: 0.1, batchSize: 7, lambda: 0.5, trainSize: 40, seed: 5 };
        const start = createConvNetwork(parseModel(model), activation, cost, 'scaled', config.seed);
        const ts = cloneConvNetwork(start);
        const tsEngine = createConvEngine(ts, config.batchSize, { dropout, seed: config.seed });
        const wasm = cloneConvNetwork(start);
        const wasmEngine = await createWasmConvEngine(kind, wasm, config.batchSize, { dropout, seed: config.seed });
        run(tsEngine, config, set, 1);
        run(wasmEngine, config, set, 1);
        wasmEngine.saveConvNetwork(wasm);
        expect(largestDifference(wasm, ts)).toBeLessThan(1e-5);
        expect(largestDifference(start, ts)).toBeGreaterThan(1e-3); // the step moved the weights
        run(tsEngine, config, set, 11);
        run(wasmEngine, config, set, 11);
        wasmEngine.saveConvNetwork(wasm);
        expect(largestDifference(wasm, ts)).toBeLessThan(1e-3);
        const [a, b] = [wasmEngine.evaluate(set), tsEngine.evaluate(set)];
        expect(a.correct).toBe(b.correct);
        expect(a.cost).toBeCloseTo(b.cost, 4);
      });
    }
  }
});

describe('createFastestConvEngine', () => {
  it('picks the engine detectEngine names (relaxed SIMD here, with the flag set)', async () => {
    const net = createConvNetwork(parseModel('conv 2@3x3, pool 2, 10'), 'relu', 'log-likelihood', 'scaled', 1);
    const engine = await createFastestConvEngine(net, 4, { dropout: 0, seed: 1 });
    expect(engine.kind).toBe(detectEngine());
    expect(engine.kind).toBe('wasm-relaxed-simd');
  });
});
