import { createConvNetwork, type ConvNetwork } from '../../../src/nn/conv/conv-network.ts';
import { parseModel } from '../../../src/nn/conv/parse-model.ts';
import { epochOrder } from '../../../src/nn/training-session.ts';
import type { Activation } from '../../../src/nn/types.ts';
import type { LabelledImages } from '../../../src/mnist/dataset.ts';

/**
 * What every engine of the conv benchmark trains: the same convolutional network (log-likelihood
 * cost, softmax output) from the same initial weights, on the same mini-batches in the same order.
 */
export interface ConvWorkload {
  /** The description as written, e.g. "conv 20@5x5, pool 2, 100, 10". */
  model: string;
  /** The starting weights; engines copy them, never train them in place. */
  initial: ConvNetwork;
  eta: number;
  batchSize: number;
  /** Example indices into the training set; mini-batch i is order[i * batchSize ..]. */
  order: Uint32Array;
}

/** A conv engine's running copy of the network: steps, and the weights in our layout. */
export interface ConvSession {
  step(start: number, count: number): void;
  snapshot(): ConvNetwork;
  dispose(): void;
}

/** One row of the benchmark. */
export interface ConvBenchEngine {
  name: string;
  start(workload: ConvWorkload, train: LabelledImages): Promise<ConvSession>;
  describe?(): string;
}

/** The workload for `model`: scaled init, the first epoch's order of our training session. */
export function createConvWorkload(model: string, activation: Activation, eta: number, batchSize: number, train: LabelledImages, seed = 2): ConvWorkload {
  const initial = createConvNetwork(parseModel(model), activation, 'log-likelihood', 'scaled', seed);
  return { model, initial, eta, batchSize, order: epochOrder(train.count, seed).order };
}
