import { cloneNetwork } from '../../../src/nn/network.ts';
import type { EngineKind } from '../../../src/nn/training-engine.ts';
import { createEngine } from '../../../src/nn/wasm/create-engine.ts';
import type { Engine } from '../engine.ts';

const NAMES: Record<EngineKind, string> = {
  ts: 'ours (TS)',
  'wasm-simd': 'ours (wasm SIMD)',
  'wasm-relaxed-simd': 'ours (wasm relaxed SIMD)',
};

/** One of our engines (src/nn), driven through the TrainingEngine interface the app's worker uses. */
export function ourEngine(kind: EngineKind): Engine {
  return {
    name: NAMES[kind],
    async start(workload, train) {
      const net = cloneNetwork(workload.initial);
      const { eta, batchSize } = workload.config;
      const engine = await createEngine(kind, net, batchSize);
      engine.setTrainingData(train);
      engine.loadNetwork(net);
      return {
        step: (start, count) => void engine.trainBatch(workload.order, start, count, eta, 1),
        snapshot() {
          engine.saveNetwork(net);
          return { weights: net.weights.map((w) => w.slice()), biases: net.biases.map((b) => b.slice()) };
        },
        dispose: () => {},
      };
    },
  };
}

/** Our TypeScript engine: the baseline of every ratio. */
export const OURS_TS = ourEngine('ts');
