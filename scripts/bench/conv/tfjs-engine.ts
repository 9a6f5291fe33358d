import * as tf from '@tensorflow/tfjs-core';
import { createFrameworkConvNet } from '../../../src/features/compare/sides/framework-conv-net.ts';
import type { ConvBenchEngine } from './workload.ts';

/** TF.js's backends the benchmark times; the name of each engine follows it. */
export type TfBackend = 'cpu' | 'wasm';
export const TF_ENGINE_NAMES: Record<TfBackend, string> = { cpu: 'TF.js cpu', wasm: 'TF.js wasm' };

/**
 * TF.js with its CPU backend, or its WebAssembly backend (XNNPACK) on one thread: the same network
 * the comparison's framework side builds (framework-conv-net.ts), trained with optimizer.minimize,
 * the leanest way to train in TF.js. `startTf` starts the backend where it runs (Node or a browser
 * worker) and says which runs.
 */
export function tfEngine(backend: TfBackend, startTf: (backend: TfBackend) => Promise<string>): ConvBenchEngine {
  let flavour = '';
  return {
    name: TF_ENGINE_NAMES[backend],
    async start(workload, train) {
      flavour = await startTf(backend);
      const onWasm = tf.getBackend() === 'wasm';
      if (onWasm) flavour += '; conv filter gradient as conv2d (no Conv2DBackpropFilter in wasm)';
      const net = createFrameworkConvNet(workload.initial, workload.batchSize, onWasm);
      net.setTrainingData(train);
      return {
        step: (start, count) => net.trainBatch(workload.order, start, count, workload.eta),
        snapshot: () => net.snapshot(),
        dispose: () => net.dispose(),
      };
    },
    describe: () => flavour,
  };
}
