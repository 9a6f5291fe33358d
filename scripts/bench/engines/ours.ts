import { cloneNetwork } from '../../../src/nn/network.ts';
import type { EngineKind } from '../../../src/nn/training-engine.ts';
import { createEngine } from '../../../src/nn/wasm/create-engine.ts';
import { createSplitEngine, type SplitEngine } from '../../../src/nn/wasm/split-engine.ts';
import type { ConvSplitHelperInit } from '../../../src/nn/conv/conv-split-helper.ts';
import type { SplitHelperInit } from '../../../src/nn/wasm/split-helper.ts';
import type { Engine } from '../engine.ts';

const NAMES: Record<EngineKind, string> = {
  ts: 'ours (TS)',
  'wasm-simd': 'ours (wasm SIMD)',
  'wasm-relaxed-simd': 'ours (wasm relaxed SIMD)',
};

/** Starts a helper thread of a split engine: Node worker threads or Web Workers. */
export type SpawnHelper = (init: SplitHelperInit | ConvSplitHelperInit) => Promise<() => void>;

/**
 * One of our engines (src/nn), driven through the TrainingEngine interface the app's worker uses;
 * with `workers` > 1, a WebAssembly engine whose steps that many threads share (helpers from `spawn`).
 */
export function ourEngine(kind: EngineKind, workers = 1, spawn?: SpawnHelper): Engine {
  let split: SplitEngine | null = null;
  return {
    name: workers > 1 ? `${NAMES[kind].slice(0, -1)}, ${workers} workers)` : NAMES[kind],
    async start(workload, train) {
      const net = cloneNetwork(workload.initial);
      const { eta, batchSize } = workload.config;
      split = workers > 1 && kind !== 'ts' && spawn ? await createSplitEngine(kind, net, batchSize, workers, train.count, spawn) : null;
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
        // The engine times shared and lone steps as it goes: a pause must not count as steps.
        resume: () => split?.chooser.interrupt(),
      };
    },
    describe: () => (split ? sharedSteps(split) : ''),
  };
}

/** How often the helpers took part, as the engine chose by timing both ways. */
export const sharedSteps = (split: SplitEngine) => {
  const { sharedFraction, speeds } = split.chooser;
  const ratio = speeds.alone ? `, last timed shared ÷ alone ${(speeds.shared / speeds.alone).toFixed(2)}x` : '';
  return `${(100 * sharedFraction).toFixed(0)}% of steps shared${ratio}`;
};

/** Our TypeScript engine: the baseline of every ratio. */
export const OURS_TS = ourEngine('ts');
