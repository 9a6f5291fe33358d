import { createRng } from '../rng.ts';
import type { SessionEngine } from '../training-session.ts';
import type { EvalResult } from '../types.ts';
import { fillBatch, IMAGE_SIZE, type LabelledImages } from '../../mnist/dataset.ts';
import { trainConvBatch } from './conv-batch.ts';
import { evaluateConv } from './conv-evaluate.ts';
import type { ConvNetwork } from './conv-network.ts';
import { createConvScratch } from './conv-scratch.ts';
import { drawDropoutMasks } from './dropout.ts';
import { shapeSize } from './model-spec.ts';

// The dropout masks' stream, apart from the initialisation's and the shuffles', from the run's seed.
const DROPOUT_SEED_SALT = 0x6a09e667;

/** How a ConvNetwork trains besides the session's config. */
export interface ConvTrainOptions {
  /** Probability of dropping a hidden dense neuron while training (0: off). */
  dropout: number;
  /** The run's seed (TrainConfig.seed): the dropout masks are drawn from a stream salted from it. */
  seed: number;
}

/** What a training session and the CLI need: SGD steps on examples by index, and evaluation. */
export interface ConvEngine extends SessionEngine {
  readonly kind: 'ts';
  readonly capacity: number;
  evaluate(set: LabelledImages): EvalResult;
}

/**
 * The TypeScript engine for a ConvNetwork on MNIST images: trains `net` in place (there is no copy
 * of the weights to save back), mini-batches of up to `capacity` examples.
 */
export function createConvEngine(net: ConvNetwork, capacity: number, { dropout, seed }: ConvTrainOptions): ConvEngine {
  if (shapeSize(net.spec.input) !== IMAGE_SIZE) throw new RangeError(`the conv engine trains on ${IMAGE_SIZE}-pixel images`);
  const scratch = createConvScratch(net.spec, capacity, dropout);
  const rng = createRng((seed ^ DROPOUT_SEED_SALT) >>> 0);
  let data: LabelledImages | undefined;
  return {
    kind: 'ts',
    capacity,
    setTrainingData(set) {
      data = set;
    },
    trainBatch(order, start, count, eta, decay) {
      if (!data) throw new Error('trainBatch: call setTrainingData first');
      if (!(count >= 1 && count <= capacity)) throw new RangeError(`trainBatch: ${count} examples, expected 1 to ${capacity}`);
      fillBatch(data, order, start, count, scratch.acts[0], scratch.labels);
      drawDropoutMasks(scratch, count, rng);
      return trainConvBatch(net, scratch, count, eta, decay);
    },
    evaluate: (set) => evaluateConv(net, set),
  };
}
