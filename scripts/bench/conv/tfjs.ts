import * as tf from '@tensorflow/tfjs-core';
import { createFrameworkConvNet } from '../../../src/features/compare/sides/framework-conv-net.ts';
import { startTfInNode } from '../../compare/tf-node.ts';
import type { ConvBenchEngine } from './workload.ts';

/**
 * TF.js with its CPU backend, or its WebAssembly backend (XNNPACK) on one thread: the same network
 * the comparison's framework side builds (framework-conv-net.ts), trained with optimizer.minimize,
 * the leanest way to train in TF.js.
 */
function tfEngine(name: string, backend: 'cpu' | 'wasm'): ConvBenchEngine {
  let flavour = '';
  return {
    name,
    async start(workload, train) {
      flavour = await startTfInNode(backend);
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

export const TFJS_CPU = tfEngine('TF.js cpu', 'cpu');
export const TFJS_WASM = tfEngine('TF.js wasm', 'wasm');
