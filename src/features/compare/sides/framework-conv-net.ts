import * as tf from '@tensorflow/tfjs-core';
import { DIGIT_COUNT, fillBatch, IMAGE_SIDE, IMAGE_SIZE, type LabelledImages } from '../../../mnist/dataset.ts';
import { exampleCost } from '../../../nn/activation.ts';
import type { ConvNetwork } from '../../../nn/conv/conv-network.ts';
import { argmax } from '../../../nn/evaluate.ts';
import type { FrameworkNet } from './framework-net.ts';
import { createTfConvModel } from './tf-conv-model.ts';

const EVAL_CHUNK = 500;

/** The framework side's convolutional network; its snapshot is a whole ConvNetwork in our layout. */
export type FrameworkConvNet = Omit<FrameworkNet, 'snapshot'> & { snapshot(): ConvNetwork };

/**
 * A convolutional network (softmax output, log-likelihood cost) on TF.js's current backend, from a
 * copy of `initial`'s weights, trained with tf.train.sgd. tf.losses.softmaxCrossEntropy averages
 * over the mini-batch, as our step's eta / m does, so both its reductions are the book's.
 * `filterGradByConv`: on the wasm backend, which lacks the conv filter gradient (tf-conv-model.ts).
 */
export function createFrameworkConvNet(initial: ConvNetwork, capacity: number, filterGradByConv: boolean): FrameworkConvNet {
  if (initial.cost !== 'log-likelihood') throw new Error(`The framework's convolutional network has a softmax output (log-likelihood), not ${initial.cost}`);
  const model = createTfConvModel(initial, filterGradByConv);
  let optimizer: tf.SGDOptimizer | null = null;
  let optimizerEta = NaN;
  let data: LabelledImages | undefined;
  const inputs = new Float32Array(capacity * IMAGE_SIZE);
  const labels = new Uint8Array(capacity);
  const image = (values: Float32Array, count: number) => tf.tensor4d(values.subarray(0, count * IMAGE_SIZE), [count, IMAGE_SIDE, IMAGE_SIDE, 1]);
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
      const sgd = optimizer as tf.SGDOptimizer;
      tf.tidy(() => {
        const y = tf.oneHot(tf.tensor1d(labels.subarray(0, count), 'int32'), DIGIT_COUNT);
        const x = image(inputs, count);
        sgd.minimize(() => tf.losses.softmaxCrossEntropy(y, model.logits(x)) as tf.Scalar, false, model.trainable);
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
        const out = tf.tidy(() => tf.softmax(model.logits(image(chunk, count))).dataSync() as Float32Array);
        for (let b = 0; b < count; b++) {
          const label = set.labels[start + b];
          if (argmax(out, b * DIGIT_COUNT, DIGIT_COUNT) === label) correct++;
          // Our evaluate's cost, so both sides' test costs are the same measure.
          costSum += exampleCost(out, b * DIGIT_COUNT, DIGIT_COUNT, label, initial.cost);
        }
      }
      return { accuracy: set.count ? correct / set.count : 0, cost: set.count ? costSum / set.count : 0 };
    },
    snapshot: () => model.snapshot(),
    dispose() {
      optimizer?.dispose();
      model.dispose();
    },
  };
}
