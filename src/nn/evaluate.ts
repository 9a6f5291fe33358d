import { exampleCost } from './activation.ts';
import { createScratch, forwardBatch, type Scratch } from './batch.ts';
import type { Network } from './network.ts';
import type { Cost, EvalResult } from './types.ts';
import { IMAGE_SIZE, type LabelledImages } from '../mnist/dataset.ts';

const EVAL_CHUNK = 100;

/** Index of the largest value among n values at offset o. */
export function argmax(values: ArrayLike<number>, o = 0, n = values.length - o): number {
  let best = 0;
  for (let i = 1; i < n; i++) if (values[o + i] > values[o + best]) best = i;
  return best;
}

/** Sees each example's predicted digit and the outputs it came from (for confusion matrices). */
export type OnPrediction = (index: number, predicted: number, probabilities: Float32Array, offset: number) => void;

/** What evaluateInChunks needs of a network of any kind: its input buffer, a forward pass over `count` examples, its cost. */
export interface ChunkedForward {
  /** The first layer's buffer, [capacity][784]. */
  input: Float32Array;
  capacity: number;
  outputs: number;
  cost: Cost;
  /** Runs the first `count` examples in `input` forward; returns their outputs, [count][outputs]. */
  forward(count: number): Float32Array;
}

/** Accuracy and mean cost on a data set, `capacity` images at a time: one loop for the dense and the convolutional network. */
export function evaluateInChunks(net: ChunkedForward, set: LabelledImages, onPrediction?: OnPrediction): EvalResult {
  const { input, capacity, outputs: nOut } = net;
  let correct = 0;
  let costSum = 0;
  for (let start = 0; start < set.count; start += capacity) {
    const count = Math.min(capacity, set.count - start);
    const bytes = set.images.subarray(start * IMAGE_SIZE, (start + count) * IMAGE_SIZE);
    for (let p = 0; p < bytes.length; p++) input[p] = bytes[p] / 255;
    const out = net.forward(count);
    for (let b = 0; b < count; b++) {
      const label = set.labels[start + b];
      const predicted = argmax(out, b * nOut, nOut);
      if (predicted === label) correct++;
      costSum += exampleCost(out, b * nOut, nOut, label, net.cost);
      onPrediction?.(start + b, predicted, out, b * nOut);
    }
  }
  const total = set.count;
  return { correct, total, accuracy: total ? correct / total : 0, cost: total ? costSum / total : 0 };
}

/**
 * Accuracy and mean cost on a data set. `onPrediction` (optional) sees each example's predicted
 * digit, for confusion matrices.
 */
export function evaluate(net: Network, set: LabelledImages, onPrediction?: OnPrediction, scratch: Scratch = createScratch(net.layers, EVAL_CHUNK)): EvalResult {
  const forward = (count: number) => forwardBatch(net, scratch, count);
  return evaluateInChunks({ input: scratch.acts[0], capacity: scratch.capacity, outputs: net.layers[net.layers.length - 1], cost: net.cost, forward }, set, onPrediction);
}

/** Output probabilities for one image of 784 values in [0, 1]. */
export function predict(net: Network, image: Float32Array, scratch = createScratch(net.layers, 1)): Float32Array {
  scratch.acts[0].set(image.subarray(0, IMAGE_SIZE));
  return forwardBatch(net, scratch, 1).slice(0, net.layers[net.layers.length - 1]);
}
