import * as tf from '@tensorflow/tfjs-core';
import { fillBatch, IMAGE_SIZE, type LabelledImages } from '../../../mnist/dataset.ts';
import { argmax } from '../../../nn/evaluate.ts';
import type { Network } from '../../../nn/network.ts';
import type { CostReduction } from './compare-api.ts';

/** Accuracy and the book's mean quadratic cost, 1/(2n) sum ||a - y||^2, on a data set. */
export interface FrameworkScore {
  accuracy: number;
  cost: number;
}

/** Nielsen ch. 1's network written in TF.js's core API: variables, a loss and tf.train.sgd. */
export interface FrameworkNet {
  /** Hands over the training set; trainBatch then names examples by index, as our engines do. */
  setTrainingData(data: LabelledImages): void;
  /** One SGD step of learning rate `eta` on examples order[start .. start + count) of the training set. */
  trainBatch(order: ArrayLike<number>, start: number, count: number, eta: number): void;
  /** Scores the current weights with the framework's own forward pass. */
  evaluate(set: LabelledImages): FrameworkScore;
  /** A copy of the current weights in our layout (weights row-major [out][in]). */
  snapshot(): Pick<Network, 'weights' | 'biases'>;
  dispose(): void;
}

/** Our [out][in] matrix as TF.js's dense-kernel layout [in][out], and back (swap nOut and nIn). */
export function transposed(w: Float32Array, nOut: number, nIn: number): Float32Array {
  const t = new Float32Array(w.length);
  for (let j = 0; j < nOut; j++) for (let k = 0; k < nIn; k++) t[k * nOut + j] = w[j * nIn + k];
  return t;
}

/**
 * book-sum: C = 1/2 sum_j (a_j - y_j)^2 per example, averaged over the batch, so sgd(eta) takes the
 * book's step. framework-mean: the mean over batch and outputs (no 1/2), a gradient 2/10 as large.
 */
function lossFor(reduction: CostReduction): (y: tf.Tensor2D, a: tf.Tensor2D) => tf.Scalar {
  if (reduction === 'framework-mean') return (y, a) => tf.losses.meanSquaredError(y, a) as tf.Scalar;
  return (y, a) => tf.div(tf.mul(0.5, tf.sum(tf.squaredDifference(a, y))), a.shape[0]) as tf.Scalar;
}

const EVAL_CHUNK = 1000;

/**
 * The network on TF.js's current backend, starting from a copy of `initial`'s weights. tfjs-core
 * alone has no gradients: whoever starts the backend registers them (framework-backend.ts, the CLI).
 */
export function createFrameworkNet(initial: Network, reduction: CostReduction, capacity: number): FrameworkNet {
  const { layers } = initial;
  const nIn = layers[0];
  const nOut = layers[layers.length - 1];
  // tidy frees the initial tensors the variables copy (it leaves variables alone).
  const kernels = tf.tidy(() => initial.weights.map((w, l) => tf.variable(tf.tensor2d(transposed(w, layers[l + 1], layers[l]), [layers[l], layers[l + 1]]))));
  const biases = tf.tidy(() => initial.biases.map((b) => tf.variable(tf.tensor1d(b))));
  const loss = lossFor(reduction);
  let optimizer: tf.SGDOptimizer | null = null;
  let optimizerEta = NaN;
  const forward = (x: tf.Tensor2D): tf.Tensor2D =>
    kernels.reduce<tf.Tensor2D>((a, kernel, l) => tf.sigmoid(tf.add(tf.matMul(a, kernel), biases[l])) as tf.Tensor2D, x);
  let data: LabelledImages | undefined;
  const inputs = new Float32Array(capacity * nIn);
  const labels = new Uint8Array(capacity);
  const oneHot = new Float32Array(capacity * nOut);
  return {
    setTrainingData(set) {
      data = set;
    },
    trainBatch(order, start, count, eta) {
      if (!data) throw new Error('trainBatch: call setTrainingData first');
      if (!(count >= 1 && count <= capacity)) throw new RangeError(`trainBatch: ${count} examples, expected 1 to ${capacity}`);
      if (eta !== optimizerEta) {
        optimizer?.dispose();
        optimizer = tf.train.sgd(eta);
        optimizerEta = eta;
      }
      fillBatch(data, order, start, count, inputs, labels);
      oneHot.fill(0, 0, count * nOut);
      for (let b = 0; b < count; b++) oneHot[b * nOut + labels[b]] = 1;
      const sgd = optimizer as tf.SGDOptimizer;
      tf.tidy(() => {
        const x = tf.tensor2d(inputs.subarray(0, count * nIn), [count, nIn]);
        const y = tf.tensor2d(oneHot.subarray(0, count * nOut), [count, nOut]);
        sgd.minimize(() => loss(y, forward(x)));
      });
    },
    evaluate(set) {
      let correct = 0;
      let costSum = 0;
      const chunk = new Float32Array(Math.min(EVAL_CHUNK, set.count) * IMAGE_SIZE);
      for (let start = 0; start < set.count; start += EVAL_CHUNK) {
        const count = Math.min(EVAL_CHUNK, set.count - start);
        const bytes = set.images.subarray(start * IMAGE_SIZE, (start + count) * IMAGE_SIZE);
        for (let p = 0; p < bytes.length; p++) chunk[p] = bytes[p] / 255;
        const out = tf.tidy(() => forward(tf.tensor2d(chunk.subarray(0, bytes.length), [count, IMAGE_SIZE])).dataSync());
        for (let b = 0; b < count; b++) {
          const label = set.labels[start + b];
          if (argmax(out, b * nOut, nOut) === label) correct++;
          for (let j = 0; j < nOut; j++) {
            const d = out[b * nOut + j] - (j === label ? 1 : 0);
            costSum += 0.5 * d * d;
          }
        }
      }
      return { accuracy: set.count ? correct / set.count : 0, cost: set.count ? costSum / set.count : 0 };
    },
    snapshot: () => ({
      weights: kernels.map((k, l) => transposed(k.dataSync() as Float32Array, layers[l], layers[l + 1])),
      biases: biases.map((b) => (b.dataSync() as Float32Array).slice()),
    }),
    dispose() {
      optimizer?.dispose();
      tf.dispose([...kernels, ...biases]);
    },
  };
}
