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

/** One SGD step on examples order[position .. position + count); returns their summed cost before the step. */
export type BatchStep = (position: number, count: number, decay: number) => number;

/**
 * Runs up to `maxBatches` mini-batches through `step`, stopping early at the end of an epoch and
 * reshuffling for the next. Shared by every engine, so all see the same batches in the same order.
 */
export function runSlice(run: TrainingRun, maxBatches: number, step: BatchStep): SliceResult {
  const { order, config } = run;
  const n = order.length;
  const decay = 1 - (run.eta * config.lambda) / n;
  let examples = 0;
  let costSum = 0;
  for (let i = 0; i < maxBatches && run.position < n; i++) {
    // The last mini-batch of an epoch is smaller when n is not a multiple of the batch size, as in the book.
    const count = Math.min(config.batchSize, n - run.position);
    costSum += step(run.position, count, decay);
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

/** Trains up to `maxBatches` mini-batches with the TypeScript kernels (src/nn/batch.ts). */
export function trainSlice(run: TrainingRun, maxBatches: number): SliceResult {
  const { scratch } = run;
  return runSlice(run, maxBatches, (position, count, decay) => {
    fillBatch(run.data, run.order, position, count, scratch.acts[0], scratch.labels);
    return trainBatch(run.net, scratch, count, run.eta, decay);
  });
}
