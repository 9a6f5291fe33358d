import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { createEngine } from './create-engine.ts';
import { detectEngine } from './detect-engine.ts';
import { randomImages } from './test-data.ts';
import { cloneNetwork, createNetwork, type Network } from '../network.ts';
import { createKernelSession } from '../kernel-session.ts';
import { ENGINE_KINDS, type TrainingEngine } from '../training-engine.ts';
import { createTrainingSession, fixedPlan } from '../training-session.ts';
import { DEFAULT_CONFIG, type TrainConfig } from '../types.ts';

describe('engine choice', () => {
  it('finds WebAssembly SIMD in Node, and relaxed SIMD once the runtime allows it', () => {
    expect(['wasm-simd', 'wasm-relaxed-simd']).toContain(detectEngine());
    v8.setFlagsFromString('--experimental-wasm-relaxed-simd');
    expect(detectEngine()).toBe('wasm-relaxed-simd');
  });

  it('falls back to TypeScript where there is no WebAssembly', () => {
    const saved = (globalThis as { WebAssembly?: unknown }).WebAssembly;
    try {
      Object.defineProperty(globalThis, 'WebAssembly', { value: undefined, configurable: true, writable: true });
      expect(detectEngine()).toBe('ts');
    } finally {
      Object.defineProperty(globalThis, 'WebAssembly', { value: saved, configurable: true, writable: true });
    }
  });
});

describe('engine runs', () => {
  const config: TrainConfig = { ...DEFAULT_CONFIG, layers: [784, 12, 10], batchSize: 3, trainSize: 10, lambda: 0.5, seed: 4 };
  const data = randomImages(10, 2);
  const sessionOn = (engine: TrainingEngine, net: Network) => createTrainingSession({ engine, config, plan: fixedPlan(data, config.trainSize), net });

  it('the TypeScript engine trains exactly as the kernels do, across an epoch boundary', async () => {
    const expected = createNetwork(config, 'normal', 4);
    const got = cloneNetwork(expected);
    const reference = createKernelSession(expected, config, data);
    const run = sessionOn(await createEngine('ts', got, config.batchSize), got);
    for (const slice of [2, 3, 4]) {
      expect(run.stepBatches(slice)).toEqual(reference.stepBatches(slice));
      expect(run.epoch).toBe(reference.epoch);
    }
    expect(Buffer.from(got.weights[0].buffer).equals(Buffer.from(expected.weights[0].buffer))).toBe(true);
  });

  for (const kind of ENGINE_KINDS) {
    it(`${kind}: handles a last mini-batch smaller than the batch size`, async () => {
      const net = createNetwork(config, 'normal', 1);
      const run = sessionOn(await createEngine(kind, net, config.batchSize), net);
      const seen: number[] = [];
      for (;;) {
        const slice = run.stepBatches(1);
        seen.push(slice.examples);
        if (slice.epochEnded) break;
      }
      expect(seen).toEqual([3, 3, 3, 1]);
      expect(run.epoch).toBe(1);
    });
  }

  it('gives identical weights for the same seed (WebAssembly)', async () => {
    const train = async () => {
      const net = createNetwork(config, 'normal', 4);
      sessionOn(await createEngine('wasm-simd', net, config.batchSize), net).stepBatches(7);
      return net;
    };
    const [a, b] = [await train(), await train()];
    expect(Buffer.from(a.weights[0].buffer).equals(Buffer.from(b.weights[0].buffer))).toBe(true);
  });
});
