import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { createRng } from '../rng.ts';
import { decodeBase64 } from '../wasm/base64.ts';
import { RELAXED_SIMD_KERNELS, SIMD_KERNELS } from '../wasm/kernels.generated.ts';
import { fixedMode, type ModeChooser, type StepMode } from '../wasm/mode-chooser.ts';
import { WASM_PAGE_BYTES, webAssemblyApi } from '../wasm/wasm-api.ts';
import type { Activation, Cost } from '../types.ts';
import type { LabelledImages } from '../../mnist/dataset.ts';
import type { ConvEngine } from './conv-engine.ts';
import { cloneConvNetwork, createConvNetwork, type ConvNetwork } from './conv-network.ts';
import { createConvSplitEngine } from './conv-split-engine.ts';
import { parseModel } from './parse-model.ts';
import { createWasmConvEngine, wasmConvEngine, wasmConvLayout, type ConvThreads } from './wasm-conv-engine.ts';
import { shareOf, type ConvKernels } from './wasm-conv-passes.ts';
import { spawnThreadHelper } from '../../../scripts/split-threads.ts';

v8.setFlagsFromString('--experimental-wasm-relaxed-simd');
const KINDS = ['wasm-simd', 'wasm-relaxed-simd'] as const;
type Kind = (typeof KINDS)[number];

/** `count` random MNIST-like images: sparse ink, labels 0-9. */
function randomSet(count: number, seed: number): LabelledImages {
  const rng = createRng(seed);
  const images = Uint8Array.from({ length: count * 784 }, () => (rng.next() < 0.2 ? Math.floor(rng.next() * 256) : 0));
  return { images, labels: Uint8Array.from({ length: count }, () => Math.floor(rng.next() * 10)), count };
}

/** One and two conv layers, 3x3 and 5x5, dense layers between, every activation and cost, dropout. */
const CASES: [model: string, activation: Activation, cost: Cost, dropout: number][] = [
  ['conv 4@5x5, pool 2, 20, 10', 'sigmoid', 'quadratic', 0],
  ['conv 4@5x5, pool 2, 20, 10', 'relu', 'log-likelihood', 0.5],
  ['conv 3@3x3, conv 5@3x3, pool 2, 12, 10', 'tanh', 'cross-entropy', 0.3],
  ['conv 4@5x5, pool 2, conv 6@5x5, pool 2, 10', 'relu', 'log-likelihood', 0],
];

const netOf = (model: string, activation: Activation, cost: Cost) => createConvNetwork(parseModel(model), activation, cost, 'scaled', 4);

/** Trains `steps` mini-batches of `count` in order; the costs, the weights and biases as bits, and an evaluation. */
function trainAndRead(engine: ConvEngine, net: ConvNetwork, set: LabelledImages, steps: number, count: number, from = 0) {
  const order = Array.from({ length: set.count }, (_, i) => i);
  engine.setTrainingData(set);
  const costs = Array.from({ length: steps }, (_, s) => engine.trainBatch(order, from + s * count, count, 0.1, 1 - 0.1 / 1000));
  const out = cloneConvNetwork(net);
  engine.saveConvNetwork(out);
  const bits = [...out.weights, ...out.biases].map((a) => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length)));
  return { costs, bits, evaluation: engine.evaluate(set) };
}

/** Every party's share of each pass, one after another on this thread (parties in reverse, to show order does not matter). */
async function sequentialSplitEngine(kind: Kind, net: ConvNetwork, capacity: number, dropout: number, parties: number): Promise<ConvEngine> {
  const api = webAssemblyApi()!;
  const layout = wasmConvLayout(net, capacity, dropout, parties);
  const memory = new api.Memory({ initial: Math.ceil(layout.end / WASM_PAGE_BYTES) });
  const module = await api.compile(decodeBase64(kind === 'wasm-relaxed-simd' ? RELAXED_SIMD_KERNELS : SIMD_KERNELS));
  const k = (await api.instantiate(module, { env: { memory } })).exports as unknown as ConvKernels;
  const reversed = Array.from({ length: parties }, (_, p) => parties - 1 - p);
  const threads: ConvThreads = {
    step(passes, count, rate, decay) {
      for (const p of reversed) passes.examples(count, p, parties, true);
      for (const p of reversed) passes.update(count, rate, decay, p, parties);
    },
    forward(passes, count) {
      for (const p of reversed) passes.examples(count, p, parties, false);
    },
  };
  return wasmConvEngine(kind, net, capacity, { dropout, seed: 9 }, layout, memory, k, threads);
}

describe('a conv step shared by several workers', () => {
  it('cuts n units into near-equal runs, some empty when there are few', () => {
    expect([0, 1].map((p) => shareOf(10, p, 2))).toEqual([[0, 5], [5, 10]]);
    expect([0, 1, 2].map((p) => shareOf(7, p, 3))).toEqual([[0, 2], [2, 4], [4, 7]]);
    expect([0, 1, 2].map((p) => shareOf(1, p, 3))).toEqual([[0, 0], [0, 0], [0, 1]]);
  });

  for (const kind of KINDS) {
    it(`${kind}: K shares of each pass, one after another, equal one worker bit for bit`, async () => {
      const set = randomSet(30, 3);
      for (const [model, activation, cost, dropout] of CASES) {
        for (const count of [1, 3, 10]) {
          const net = netOf(model, activation, cost);
          const expected = trainAndRead(await createWasmConvEngine(kind, net, count, { dropout, seed: 9 }), net, set, 3, count);
          for (const parties of [2, 3, 4]) {
            const split = await sequentialSplitEngine(kind, net, count, dropout, parties);
            expect(trainAndRead(split, net, set, 3, count), `${model} ${count} K=${parties}`).toEqual(expected);
          }
        }
      }
    });
  }

  it('2 worker threads on shared memory equal one worker bit for bit (steps and evaluation), and train on alone after dispose()', async () => {
    const net = netOf('conv 4@5x5, pool 2, conv 6@3x3, pool 2, 16, 10', 'relu', 'log-likelihood');
    const set = randomSet(400, 11);
    const expected = trainAndRead(await createWasmConvEngine('wasm-relaxed-simd', net, 10, { dropout: 0, seed: 9 }), net, set, 40, 10);
    const split = await createConvSplitEngine('wasm-relaxed-simd', net, 10, { dropout: 0, seed: 9 }, 2, spawnThreadHelper, fixedMode('shared'));
    const first = trainAndRead(split, net, set, 20, 10);
    expect(first.evaluation).toEqual(trainAndRead(await createWasmConvEngine('wasm-relaxed-simd', net, 10, { dropout: 0, seed: 9 }), net, set, 20, 10).evaluation);
    split.dispose();
    const rest = trainAndRead(split, net, set, 20, 10, 200);
    expect([...first.costs, ...rest.costs]).toEqual(expected.costs);
    expect(rest.bits).toEqual(expected.bits);
    expect(rest.evaluation).toEqual(expected.evaluation);
  });

  it('3 worker threads equal one worker bit for bit when steps switch between shared and alone, with dropout', async () => {
    const net = netOf('conv 4@5x5, pool 2, 20, 10', 'sigmoid', 'cross-entropy');
    const set = randomSet(300, 13);
    const pattern: StepMode[] = [0, 0, 1, 0, 1, 1, 0].map((b) => (b ? 'alone' : 'shared'));
    let step = 0;
    const scripted: ModeChooser = { ...fixedMode('shared'), next: () => pattern[step % pattern.length], took: () => void step++ };
    const options = { dropout: 0.4, seed: 9 };
    const expected = trainAndRead(await createWasmConvEngine('wasm-simd', net, 7, options), net, set, 30, 7);
    const split = await createConvSplitEngine('wasm-simd', net, 7, options, 3, spawnThreadHelper, scripted);
    expect(trainAndRead(split, net, set, 30, 7)).toEqual(expected);
    split.dispose();
  });

  it('goes on alone when a helper worker ends: no hang, finite costs, the steps after it train', async () => {
    const net = netOf('conv 4@5x5, pool 2, 20, 10', 'relu', 'log-likelihood');
    const set = randomSet(300, 17);
    const ends: (() => void)[] = [];
    const spawn = async (init: Parameters<typeof spawnThreadHelper>[0]) => {
      const end = await spawnThreadHelper(init);
      ends.push(end);
      return end;
    };
    const split = await createConvSplitEngine('wasm-simd', net, 10, { dropout: 0, seed: 9 }, 2, spawn, fixedMode('shared'), 300);
    trainAndRead(split, net, set, 5, 10);
    expect(split.helpersLost()).toBe(false);
    // The helper's worker ends as a crash would end it, between two steps.
    ends.forEach((end) => end());
    const after = trainAndRead(split, net, set, 20, 10, 50);
    expect(after.costs.every(Number.isFinite)).toBe(true);
    expect(split.helpersLost()).toBe(true);
    expect(after.evaluation.cost).toSatisfy(Number.isFinite);
    split.dispose();
  });
});
