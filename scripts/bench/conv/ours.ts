import { createConvEngine, type ConvEngine } from '../../../src/nn/conv/conv-engine.ts';
import { cloneConvNetwork } from '../../../src/nn/conv/conv-network.ts';
import { createWasmConvEngine } from '../../../src/nn/conv/wasm-conv-engine.ts';
import type { EngineKind } from '../../../src/nn/training-engine.ts';
import type { ConvBenchEngine } from './workload.ts';

/** Our conv engine of the given kind: TypeScript, or WebAssembly with plain or relaxed SIMD. */
function ours(name: string, kind: EngineKind): ConvBenchEngine {
  return {
    name,
    async start(workload, train) {
      const net = cloneConvNetwork(workload.initial);
      const options = { dropout: 0, seed: 2 };
      const engine: ConvEngine = kind === 'ts' ? createConvEngine(net, workload.batchSize, options) : await createWasmConvEngine(kind, net, workload.batchSize, options);
      engine.setTrainingData(train);
      return {
        step: (start, count) => void engine.trainBatch(workload.order, start, count, workload.eta, 1),
        snapshot: () => {
          engine.saveConvNetwork(net);
          return cloneConvNetwork(net);
        },
        dispose: () => {},
      };
    },
  };
}

export const OURS_RELAXED = ours('ours wasm relaxed-simd', 'wasm-relaxed-simd');
export const OURS_SIMD = ours('ours wasm simd', 'wasm-simd');
export const OURS_TS = ours('ours TypeScript', 'ts');
