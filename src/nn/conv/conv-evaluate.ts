import { exampleCost } from '../activation.ts';
import { argmax } from '../evaluate.ts';
import type { EvalResult } from '../types.ts';
import { IMAGE_SIZE, type LabelledImages } from '../../mnist/dataset.ts';
import { forwardConvBatch } from './conv-batch.ts';
import type { ConvNetwork } from './conv-network.ts';
import { createConvScratch, type ConvScratch } from './conv-scratch.ts';
import { shapeSize } from './model-spec.ts';

const EVAL_CHUNK = 100;

/** Accuracy and mean cost on a data set of MNIST images (dropout off). */
export function evaluateConv(net: ConvNetwork, set: LabelledImages, scratch: ConvScratch = createConvScratch(net.spec, EVAL_CHUNK)): EvalResult {
  const nOut = shapeSize(scratch.shapes[scratch.shapes.length - 1].output);
  const input = scratch.acts[0];
  let correct = 0;
  let costSum = 0;
  for (let start = 0; start < set.count; start += scratch.capacity) {
    const count = Math.min(scratch.capacity, set.count - start);
    const bytes = set.images.subarray(start * IMAGE_SIZE, (start + count) * IMAGE_SIZE);
    for (let p = 0; p < bytes.length; p++) input[p] = bytes[p] / 255;
    const out = forwardConvBatch(net, scratch, count);
    for (let b = 0; b < count; b++) {
      const label = set.labels[start + b];
      if (argmax(out, b * nOut, nOut) === label) correct++;
      costSum += exampleCost(out, b * nOut, nOut, label, net.cost);
    }
  }
  const total = set.count;
  return { correct, total, accuracy: total ? correct / total : 0, cost: total ? costSum / total : 0 };
}

/** Output probabilities for one image of 784 values in [0, 1]. */
export function predictConv(net: ConvNetwork, image: Float32Array, scratch = createConvScratch(net.spec, 1)): Float32Array {
  scratch.acts[0].set(image.subarray(0, IMAGE_SIZE));
  const out = forwardConvBatch(net, scratch, 1);
  return out.slice(0, shapeSize(scratch.shapes[scratch.shapes.length - 1].output));
}
