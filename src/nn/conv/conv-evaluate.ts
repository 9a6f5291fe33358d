import { evaluateInChunks, type OnPrediction } from '../evaluate.ts';
import type { EvalResult } from '../types.ts';
import { IMAGE_SIZE, type LabelledImages } from '../../mnist/dataset.ts';
import { forwardConvBatch } from './conv-batch.ts';
import type { ConvNetwork } from './conv-network.ts';
import { createConvScratch, type ConvScratch } from './conv-scratch.ts';
import { shapeSize } from './model-spec.ts';

const EVAL_CHUNK = 100;

/** Accuracy and mean cost on a data set of MNIST images (dropout off); `onPrediction` (optional) sees each answer, as evaluate's does. */
export function evaluateConv(
  net: ConvNetwork,
  set: LabelledImages,
  onPrediction?: OnPrediction,
  scratch: ConvScratch = createConvScratch(net.spec, EVAL_CHUNK),
): EvalResult {
  const outputs = shapeSize(scratch.shapes[scratch.shapes.length - 1].output);
  const forward = (count: number) => forwardConvBatch(net, scratch, count);
  return evaluateInChunks({ input: scratch.acts[0], capacity: scratch.capacity, outputs, cost: net.cost, forward }, set, onPrediction);
}

/** Output probabilities for one image of 784 values in [0, 1]. */
export function predictConv(net: ConvNetwork, image: Float32Array, scratch = createConvScratch(net.spec, 1)): Float32Array {
  scratch.acts[0].set(image.subarray(0, IMAGE_SIZE));
  const out = forwardConvBatch(net, scratch, 1);
  return out.slice(0, shapeSize(scratch.shapes[scratch.shapes.length - 1].output));
}
