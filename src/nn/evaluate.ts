import { exampleCost } from './activation.ts';
import { createScratch, forwardBatch, type Scratch } from './batch.ts';
import type { Network } from './network.ts';
import type { EvalResult } from './types.ts';
import { IMAGE_SIZE, type LabelledImages } from '../mnist/dataset.ts';

const EVAL_CHUNK = 100;

/** Index of the largest value among n values at offset o. */
export function argmax(values: ArrayLike<number>, o = 0, n = values.length - o): number {
  let best = 0;
  for (let i = 1; i < n; i++) if (values[o + i] > values[o + best]) best = i;
  return best;
}

/**
 * Accuracy and mean cost on a data set. `onPrediction` (optional) sees each example's predicted
 * digit, for confusion matrices.
 */
export function evaluate(
  net: Network,
  set: LabelledImages,
  onPrediction?: (index: number, predicted: number, probabilities: Float32Array, offset: number) => void,
  scratch: Scratch = createScratch(net.layers, EVAL_CHUNK),
): EvalResult {
  const nOut = net.layers[net.layers.length - 1];
  const input = scratch.acts[0];
  let correct = 0;
  let costSum = 0;
  for (let start = 0; start < set.count; start += scratch.capacity) {
    const count = Math.min(scratch.capacity, set.count - start);
    const bytes = set.images.subarray(start * IMAGE_SIZE, (start + count) * IMAGE_SIZE);
    for (let p = 0; p < bytes.length; p++) input[p] = bytes[p] / 255;
    const out = forwardBatch(net, scratch, count);
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

/** Output probabilities for one image of 784 values in [0, 1]. */
export function predict(net: Network, image: Float32Array, scratch = createScratch(net.layers, 1)): Float32Array {
  scratch.acts[0].set(image.subarray(0, IMAGE_SIZE));
  return forwardBatch(net, scratch, 1).slice(0, net.layers[net.layers.length - 1]);
}
