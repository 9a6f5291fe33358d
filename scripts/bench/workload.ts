import { createNetwork, type Network } from '../../src/nn/network.ts';
import { epochOrder } from '../../src/nn/training-session.ts';
import { DEFAULT_CONFIG, type TrainConfig } from '../../src/nn/types.ts';
import type { LabelledImages } from '../../src/mnist/dataset.ts';

/**
 * What every engine trains: the same network from the same initial weights, on the same
 * mini-batches in the same order. Nielsen ch. 1 settings: sigmoid, quadratic cost, eta 3, batch 10.
 */
export interface Workload {
  config: TrainConfig;
  /** The starting weights; engines copy them, never train them in place. */
  initial: Network;
  /** Example indices into the training set; mini-batch i is order[i * batchSize ..]. */
  order: Uint32Array;
}

/** The workload for `layers`; its order is exactly the first epoch of our training session's. */
export function createWorkload(layers: number[], train: LabelledImages, seed = DEFAULT_CONFIG.seed): Workload {
  const config: TrainConfig = { ...DEFAULT_CONFIG, layers, seed, epochs: 1 };
  const initial = createNetwork(config, config.init, config.seed);
  const { order } = epochOrder(Math.min(config.trainSize, train.count), config.seed);
  return { config, initial, order };
}

/** How many full mini-batches one epoch of the workload holds. */
export function batchesPerEpoch(workload: Workload): number {
  return Math.floor(workload.order.length / workload.config.batchSize);
}
