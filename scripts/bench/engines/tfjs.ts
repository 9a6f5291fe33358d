import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { getThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createFrameworkNet } from '../../../src/compare/framework-net.ts';
import type { LabelledImages } from '../../../src/mnist/dataset.ts';
import type { Engine, Session } from '../engine.ts';
import type { Workload } from '../workload.ts';

/**
 * tf.losses.meanSquaredError averages over batch x 10 outputs, so its gradient is 2/10 of the
 * batch-mean gradient of Nielsen's C = 1/2 sum (a - y)^2: eta 3 there is a learning rate of 15 here.
 */
const learningRateFor = (eta: number, outputs: number) => (eta * outputs) / 2;

/**
 * The network in TF.js's core API (variables and optimizer.minimize, the leanest way to train it
 * in TF.js: tf.layers' fit and trainOnBatch add per-batch overhead on top of the same kernels),
 * shared with the compare view's framework side (src/compare/framework-net.ts).
 */
function startTf(workload: Workload, train: LabelledImages): Session {
  const { layers, batchSize, eta } = workload.config;
  const net = createFrameworkNet(workload.initial, 'framework-mean', batchSize);
  net.setTrainingData(train);
  const learningRate = learningRateFor(eta, layers[layers.length - 1]);
  return {
    step: (start, count) => net.trainBatch(workload.order, start, count, learningRate),
    snapshot: () => net.snapshot(),
    dispose: () => net.dispose(),
  };
}

/** TF.js with its pure-JavaScript CPU backend. */
export const TFJS_CPU: Engine = {
  name: 'TF.js cpu',
  async start(workload, train) {
    await tf.setBackend('cpu');
    return startTf(workload, train);
  },
  describe: () => `backend ${tf.getBackend()}`,
};

let wasmFlavour = '';

/** TF.js with its WebAssembly backend (XNNPACK), held to one thread. */
export const TFJS_WASM: Engine = {
  name: 'TF.js wasm',
  async start(workload, train) {
    const dist = dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm'));
    setWasmPaths(`${dist}/`);
    // One thread, like every other engine here (TF.js already turns threads off in Node).
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    await tf.setBackend('wasm');
    const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
    wasmFlavour = `${simd ? 'tfjs-backend-wasm-simd.wasm' : 'tfjs-backend-wasm.wasm'}, ${getThreadsCount()} thread`;
    return startTf(workload, train);
  },
  describe: () => wasmFlavour,
};
