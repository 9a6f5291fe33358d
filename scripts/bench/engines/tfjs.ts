import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { getThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { fillBatch, IMAGE_SIZE, type LabelledImages } from '../../../src/mnist/dataset.ts';
import type { Engine, Session } from '../engine.ts';
import type { Workload } from '../workload.ts';

/**
 * tf.losses.meanSquaredError averages over batch x 10 outputs, so its gradient is 2/10 of the
 * batch-mean gradient of Nielsen's C = 1/2 sum (a - y)^2: eta 3 there is a learning rate of 15 here.
 */
const learningRateFor = (eta: number, outputs: number) => (eta * outputs) / 2;

/** Our [out][in] matrix as tf's dense kernel layout [in][out]. */
function transposed(w: Float32Array, nOut: number, nIn: number): Float32Array {
  const t = new Float32Array(w.length);
  for (let j = 0; j < nOut; j++) for (let k = 0; k < nIn; k++) t[k * nOut + j] = w[j * nIn + k];
  return t;
}

/**
 * The network in TF.js's core API: variables and optimizer.minimize, the leanest way to train it
 * in TF.js (tf.layers' fit and trainOnBatch add per-batch overhead on top of the same kernels).
 */
function startTf(workload: Workload, train: LabelledImages): Session {
  const { layers, batchSize, eta } = workload.config;
  const nOut = layers[layers.length - 1];
  const kernels = workload.initial.weights.map((w, l) => tf.variable(tf.tensor2d(transposed(w, layers[l + 1], layers[l]), [layers[l], layers[l + 1]])));
  const biases = workload.initial.biases.map((b) => tf.variable(tf.tensor1d(b)));
  const optimizer = tf.train.sgd(learningRateFor(eta, nOut));
  const forward = (x: tf.Tensor2D): tf.Tensor2D =>
    kernels.reduce<tf.Tensor2D>((a, kernel, l) => tf.sigmoid(tf.add(tf.matMul(a, kernel), biases[l])) as tf.Tensor2D, x);
  const inputs = new Float32Array(batchSize * IMAGE_SIZE);
  const labels = new Uint8Array(batchSize);
  const oneHot = new Float32Array(batchSize * nOut);
  return {
    step(start, count) {
      fillBatch(train, workload.order, start, count, inputs, labels);
      oneHot.fill(0);
      for (let b = 0; b < count; b++) oneHot[b * nOut + labels[b]] = 1;
      tf.tidy(() => {
        const x = tf.tensor2d(inputs.subarray(0, count * IMAGE_SIZE), [count, IMAGE_SIZE]);
        const y = tf.tensor2d(oneHot.subarray(0, count * nOut), [count, nOut]);
        optimizer.minimize(() => tf.losses.meanSquaredError(y, forward(x)) as tf.Scalar);
      });
    },
    snapshot: () => ({
      weights: kernels.map((k, l) => transposed(k.dataSync() as Float32Array, layers[l], layers[l + 1])),
      biases: biases.map((b) => (b.dataSync() as Float32Array).slice()),
    }),
    dispose() {
      optimizer.dispose();
      tf.dispose([...kernels, ...biases]);
    },
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
