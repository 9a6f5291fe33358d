import { cloneNetwork } from '../../../src/nn/network.ts';
import type { EngineKind } from '../../../src/nn/training-engine.ts';
import { createEngine } from '../../../src/nn/wasm/create-engine.ts';
import { createSplitEngine } from '../../../src/nn/wasm/split-engine.ts';
import type { SplitHelperInit } from '../../../src/nn/wasm/split-helper.ts';
import type { Engine } from '../engine.ts';

const NAMES: Record<EngineKind, string> = {
  ts: 'ours (TS)',
  'wasm-simd': 'ours (wasm SIMD)',
  'wasm-relaxed-simd': 'ours (wasm relaxed SIMD)',
};

/** Starts a helper thread of a split engine: Node worker threads or Web Workers. */
export type SpawnHelper = (init: SplitHelperInit) => Promise<() => void>;

/**
 * One of our engines (src/nn), driven through the TrainingEngine interface the app's worker uses;
 * with `workers` > 1, a WebAssembly engine whose steps that many threads share (helpers from `spawn`).
 */
export function ourEngine(kind: EngineKind, workers = 1, spawn?: SpawnHelper): Engine {
  return {
    name: workers > 1 ? `${NAMES[kind].slice(0, -1)}, ${workers} workers)` : NAMES[kind],
    async start(workload, train) {
      const net = cloneNetwork(workload.initial);
      const { eta, batchSize } = workload.config;
      const split = workers > 1 && kind !== 'ts' && spawn ? await createSplitEngine(kind, net, batchSize, workers, train.count, spawn) : null;
      const engine = split ?? (await createEngine(kind, net, batchSize));
      engine.setTrainingData(train);
      engine.loadNetwork(net);
      return {
        step: (start, count) => void engine.trainBatch(workload.order, start, count, eta, 1),
        snapshot() {
          engine.saveNetwork(net);
          return { weights: net.weights.map((w) => w.slice()), biases: net.biases.map((b) => b.slice()) };
        },
        dispose: () => split?.dispose(),
      };
    },
  };
}

/** Our TypeScript engine: the baseline of every ratio. */
export const OURS_TS = ourEngine('ts');
