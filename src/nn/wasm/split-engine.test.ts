import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { decodeBase64 } from './base64.ts';
import { RELAXED_SIMD_KERNELS, SIMD_KERNELS } from './kernels.generated.ts';
import { kernelLayout } from './layout.ts';
import { fixedMode, type ModeChooser, type StepMode } from './mode-chooser.ts';
import { createSplitEngine } from './split-engine.ts';
import { shares, type SplitKernels } from './split-protocol.ts';
import { identityOrder, randomImages } from './test-data.ts';
import { WASM_PAGE_BYTES, webAssemblyApi } from './wasm-api.ts';
import { ACTIVATION_CODES, COST_CODES, createWasmEngine, EVAL_CHUNK, wasmEngine } from './wasm-engine.ts';
import { createNetwork, type Network } from '../network.ts';
import type { TrainingEngine } from '../training-engine.ts';
import type { Activation, Cost } from '../types.ts';
import { spawnThreadHelper } from '../../../scripts/split-threads.ts';

v8.setFlagsFromString('--experimental-wasm-relaxed-simd');
const VARIANTS = ['wasm-simd', 'wasm-relaxed-simd'] as const;
type Kind = (typeof VARIANTS)[number];

/** A whole block and a tail (22), blocks only (32), a tail only (7), 100 (6 blocks and a tail), the first layer as output. */
const CASES: { layers: number[]; activation: Activation; cost: Cost }[] = [
  { layers: [784, 30, 10], activation: 'sigmoid', cost: 'quadratic' },
  { layers: [784, 22, 13, 10], activation: 'tanh', cost: 'cross-entropy' },
  { layers: [784, 100, 10], activation: 'relu', cost: 'log-likelihood' },
  { layers: [784, 7, 10], activation: 'sigmoid', cost: 'cross-entropy' },
  { layers: [784, 10], activation: 'sigmoid', cost: 'log-likelihood' },
];

/** The split step's phases for every share, one after another on this thread (shares in reverse, to show order does not matter). */
async function sequentialSplitEngine(kind: Kind, net: Network, capacity: number, parties: number): Promise<TrainingEngine> {
  const api = webAssemblyApi()!;
  const module = await api.compile(decodeBase64(kind === 'wasm-relaxed-simd' ? RELAXED_SIMD_KERNELS : SIMD_KERNELS));
  const layout = kernelLayout(net.layers, Math.max(capacity, EVAL_CHUNK));
  const memory = new api.Memory({ initial: Math.ceil(layout.data / WASM_PAGE_BYTES) });
  const k = (await api.instantiate(module, { env: { memory } })).exports as unknown as SplitKernels;
  const layers = net.layers.length - 1;
  const act = ACTIVATION_CODES[net.activation];
  const cost = COST_CODES[net.cost];
  const parts = shares(4 * layout.strides[1], parties);
  const { table, activePixels: active } = layout;
  const engine = wasmEngine(kind, net, capacity, layout, memory, k, (count, rate, decay) => {
    const n = k.gatherBatch(table, count, layout.imagePointers, active);
    for (const [from, to] of [...parts].reverse()) k.forwardShare(table, layers, count, act, active, n, from, to);
    const total = k.middle(table, layers, count, rate, decay, act, cost, layout.labels);
    for (const [from, to] of [...parts].reverse()) k.updateShare(table, count, rate, decay, active, n, from, to);
    return total;
  });
  engine.loadNetwork(net);
  return engine;
}

/** Trains `steps` mini-batches of `count`; the costs, and the weights and biases as bits. */
function trainAndRead(engine: TrainingEngine, net: Network, steps: number, count: number) {
  const order = identityOrder(steps * count);
  const costs = Array.from({ length: steps }, (_, s) => engine.trainBatch(order, s * count, count, 0.5, 1 - 0.5 * 5 / 1000));
  const out = createNetwork(net, 'scaled', 0);
  engine.saveNetwork(out);
  return { costs, bits: [...out.weights, ...out.biases].map((a) => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length))) };
}

describe('several workers sharing each step', () => {
  it('cuts the first layer into whole 16-neuron blocks, some shares empty when there are few', () => {
    expect(shares(128, 2)).toEqual([[0, 64], [64, 128]]);
    expect(shares(400, 3)).toEqual([[0, 128], [128, 256], [256, 400]]);
    expect(shares(28, 2)).toEqual([[0, 0], [0, 28]]);
  });

  for (const kind of VARIANTS) {
    it(`${kind}: K shares of each step, one after another, equal one worker bit for bit`, async () => {
      for (const { layers, activation, cost } of CASES) {
        for (const count of [1, 7, 10, 64]) {
          const net = createNetwork({ layers, activation, cost }, 'scaled', 3);
          const data = randomImages(3 * count, count + layers[1]);
          const one = await createWasmEngine(kind, net, count);
          one.setTrainingData(data);
          const expected = trainAndRead(one, net, 3, count);
          for (const parties of [2, 3, 4]) {
            const split = await sequentialSplitEngine(kind, net, count, parties);
            split.setTrainingData(data);
            expect(trainAndRead(split, net, 3, count), `${layers} ${count} K=${parties}`).toEqual(expected);
          }
        }
      }
    });
  }

  it('2 worker threads on shared memory equal one worker bit for bit, and train on alone after dispose()', async () => {
    const net = createNetwork({ layers: [784, 30, 10], activation: 'sigmoid', cost: 'quadratic' }, 'normal', 7);
    const data = randomImages(400, 11);
    const one = await createWasmEngine('wasm-simd', net, 10);
    one.setTrainingData(data);
    const expected = trainAndRead(one, net, 40, 10);
    const split = await createSplitEngine('wasm-simd', net, 10, 2, data.count, spawnThreadHelper);
    split.setTrainingData(data);
    const first = trainAndRead(split, net, 20, 10);
    split.dispose();
    const order = identityOrder(400);
    const rest = Array.from({ length: 20 }, (_, s) => split.trainBatch(order, 200 + s * 10, 10, 0.5, 1 - 0.5 * 5 / 1000));
    const out = createNetwork(net, 'scaled', 0);
    split.saveNetwork(out);
    expect([...first.costs, ...rest]).toEqual(expected.costs);
    expect([...out.weights, ...out.biases].map((a) => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length)))).toEqual(expected.bits);
  });

  it('2 worker threads equal one worker bit for bit when steps switch between shared and alone, and batches come out of order', async () => {
    const net = createNetwork({ layers: [784, 30, 10], activation: 'sigmoid', cost: 'quadratic' }, 'normal', 5);
    const data = randomImages(500, 13);
    // Shared and alone in runs of different lengths, starting shared.
    const pattern: StepMode[] = [0, 0, 0, 1, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 1].map((b) => (b ? 'alone' : 'shared'));
    let step = 0;
    const scripted: ModeChooser = { ...fixedMode('shared'), next: () => pattern[step % pattern.length], took: () => void step++ };
    const order = identityOrder(500);
    // Mostly the next batch in order (the engine's guess), sometimes a jump, once the next batch in
    // order after the order was reshuffled in place (same start, other examples).
    const starts = [0, 10, 20, 30, 50, 60, 70, 40, 80, 90, 100, 110, 120, 300, 310, 320, 330, 340, 350, 360, 370, 380, 390, 400, 410, 420];
    const run = async (engine: TrainingEngine) => {
      const o = order.slice();
      engine.setTrainingData(data);
      const costs = starts.map((start, i) => {
        if (i === 20) o.reverse(); // between two shared steps
        return engine.trainBatch(o, start, 10, 0.5, 1 - (0.5 * 5) / 1000);
      });
      const out = createNetwork(net, 'scaled', 0);
      engine.saveNetwork(out);
      return { costs, bits: [...out.weights, ...out.biases].map((a) => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length))) };
    };
    const expected = await run(await createWasmEngine('wasm-relaxed-simd', net, 10));
    const split = await createSplitEngine('wasm-relaxed-simd', net, 10, 2, data.count, spawnThreadHelper, scripted);
    expect(await run(split)).toEqual(expected);
    split.dispose();
  });
});

describe('a helper worker that ends', () => {
  it('makes the engine continue alone: no hang, finite costs, the steps after it train', async () => {
    const net = createNetwork({ layers: [784, 30, 10], activation: 'sigmoid', cost: 'quadratic' }, 'normal', 7);
    const data = randomImages(400, 11);
    const ends: (() => void)[] = [];
    const spawn = async (init: Parameters<typeof spawnThreadHelper>[0]) => {
      const end = await spawnThreadHelper(init);
      ends.push(end);
      return end;
    };
    const split = await createSplitEngine('wasm-simd', net, 10, 2, data.count, spawn, fixedMode('shared'), 300);
    split.setTrainingData(data);
    const order = identityOrder(400);
    const step = (s: number) => split.trainBatch(order, s * 10, 10, 0.5, 1);
    for (let s = 0; s < 5; s++) step(s);
    expect(split.helpersLost()).toBe(false);
    // The helper's worker ends as a crash would end it, between two steps.
    ends.forEach((end) => end());
    const after = Array.from({ length: 20 }, (_, s) => step(5 + s));
    expect(after.every(Number.isFinite)).toBe(true);
    // The page's engine line says so (EngineBadge): one worker from now on.
    expect(split.helpersLost()).toBe(true);
    const out = createNetwork(net, 'scaled', 0);
    split.saveNetwork(out);
    expect([...out.weights, ...out.biases].every((a) => a.every(Number.isFinite))).toBe(true);
    split.dispose();
  });
});
