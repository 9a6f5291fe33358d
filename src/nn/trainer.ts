import { createScratch, trainBatch, type Scratch } from './batch.ts';
import type { Network } from './network.ts';
import { createRng, shuffleInPlace, type Rng } from './rng.ts';
import type { TrainConfig } from './types.ts';
import { fillBatch, type LabelledImages } from '../mnist/dataset.ts';

/** The state of a training run, advanced a few mini-batches at a time so a worker can yield between slices. */
export interface TrainingRun {
  net: Network;
  config: TrainConfig;
  data: LabelledImages;
  scratch: Scratch;
  /** The current epoch's example order (indices into data). */
  order: Uint32Array;
  rng: Rng;
  /** Epochs completed. */
  epoch: number;
  /** Position in `order` of the next mini-batch. */
  position: number;
  /** Learning rate in use; may change during a run. */
  eta: number;
}

/** What a slice of training did. */
export interface SliceResult {
  examples: number;
  /** Summed cost of the examples, before each step. */
  costSum: number;
  /** True when the slice finished an epoch. */
  epochEnded: boolean;
}

// The shuffle stream is seeded apart from the initialisation stream, both from the config's seed.
const SHUFFLE_SEED_SALT = 0x9e3779b9;

/** Starts a run on the first config.trainSize examples of `data`. */
export function createRun(net: Network, config: TrainConfig, data: LabelledImages): TrainingRun {
  const n = Math.min(config.trainSize, data.count);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const rng = createRng((config.seed ^ SHUFFLE_SEED_SALT) >>> 0);
  shuffleInPlace(order, rng);
  return { net, config, data, scratch: createScratch(net.layers, config.batchSize), order, rng, epoch: 0, position: 0, eta: config.eta };
}

/** Trains up to `maxBatches` mini-batches, stopping early at the end of an epoch. */
export function trainSlice(run: TrainingRun, maxBatches: number): SliceResult {
  const { order, scratch, config } = run;
  const n = order.length;
  const decay = 1 - (run.eta * config.lambda) / n;
  let examples = 0;
  let costSum = 0;
  for (let i = 0; i < maxBatches && run.position < n; i++) {
    // The last mini-batch of an epoch is smaller when n is not a multiple of the batch size, as in the book.
    const count = Math.min(config.batchSize, n - run.position);
    fillBatch(run.data, order, run.position, count, scratch.acts[0], scratch.labels);
    costSum += trainBatch(run.net, scratch, count, run.eta, decay);
    run.position += count;
    examples += count;
  }
  const epochEnded = run.position >= n;
  if (epochEnded) {
    run.epoch++;
    run.position = 0;
    shuffleInPlace(order, run.rng);
  }
  return { examples, costSum, epochEnded };
}
